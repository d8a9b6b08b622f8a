import type { DelegationScope, UserRef } from '@signport/core';
import type { clauses, contacts, instructions } from '../../../platform/db/schema/index.js';

/** The tables of resources a sender owns and an assistant may manage for them. */
export type OwnedTable = typeof contacts | typeof instructions | typeof clauses;

/**
 * What the on-behalf services need to know about one kind of owned resource. Request bodies use the
 * table's own column names, so they are written as sent (`null` clears an optional column).
 */
export interface OwnedResource<T extends OwnedTable, Response> {
  table: T;
  /** The delegation scope an assistant needs to manage it for a principal. */
  scope: DelegationScope;
  /** Prefix of new ids, e.g. `con` for `con_3f9c…`. */
  idPrefix: string;
  /** How messages name it, e.g. `contact`. */
  noun: string;
  toResponse(row: T['$inferSelect'], people: Map<string, UserRef>): Response;
}

/** The user refs of a row's owner and creator, for `toResponse`. */
export function ownershipOf(
  row: { ownerId: string; createdById: string },
  people: Map<string, UserRef>,
): { owner: UserRef; createdBy: UserRef } {
  const owner = people.get(row.ownerId);
  const createdBy = people.get(row.createdById);
  if (!owner || !createdBy) throw new Error('An owned row names a missing user.');
  return { owner, createdBy };
}
