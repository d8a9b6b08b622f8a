import type { UserRef } from '@signport/core';
import type { users } from '../../platform/db/schema/index.js';

/** How a response names a user: sender, initiator, principal, assistant. */
export function toUserRef(
  row: Pick<typeof users.$inferSelect, 'id' | 'externalId' | 'name' | 'email'>,
): UserRef {
  return { id: row.id, externalId: row.externalId, name: row.name, email: row.email };
}
