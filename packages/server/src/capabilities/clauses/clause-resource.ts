import type { Clause } from '@signport/core';
import { clauses } from '../../platform/db/schema/index.js';
import { ownershipOf, type OwnedResource } from '../delegations/on-behalf/owned-resource.js';

/** Clauses: managed for a principal with the `clauses` scope. */
export const clauseResource: OwnedResource<typeof clauses, Clause> = {
  table: clauses,
  scope: 'clauses',
  idPrefix: 'cla',
  noun: 'clause',
  toResponse: (row, people) => ({
    id: row.id,
    title: row.title,
    text: row.text,
    ...ownershipOf(row, people),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }),
};
