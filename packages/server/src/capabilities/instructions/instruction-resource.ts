import type { Instruction } from '@signport/core';
import { instructions } from '../../platform/db/schema/index.js';
import { ownershipOf, type OwnedResource } from '../delegations/on-behalf/owned-resource.js';

/** Saved instructions: managed for a principal with the `instructions` scope. */
export const instructionResource: OwnedResource<typeof instructions, Instruction> = {
  table: instructions,
  scope: 'instructions',
  idPrefix: 'ins',
  noun: 'saved instruction',
  toResponse: (row, people) => ({
    id: row.id,
    title: row.title,
    body: row.body,
    ...ownershipOf(row, people),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }),
};
