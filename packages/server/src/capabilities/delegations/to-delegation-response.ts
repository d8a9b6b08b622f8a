import type { Delegation, UserRef } from '@signport/core';
import type { delegations } from '../../platform/db/schema/index.js';

/** The API's view of a delegation row, naming both users. */
export function toDelegationResponse(
  row: typeof delegations.$inferSelect,
  people: Map<string, UserRef>,
): Delegation {
  const principal = people.get(row.principalId);
  const assistant = people.get(row.assistantId);
  // Both are checked to be the account's users when granted, and users are never deleted alone.
  if (!principal || !assistant) throw new Error(`Delegation ${row.id} names a missing user.`);
  return {
    id: row.id,
    principal,
    assistant,
    scopes: row.scopes,
    createdAt: row.createdAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}
