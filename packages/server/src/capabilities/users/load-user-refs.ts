import { and, eq, inArray } from 'drizzle-orm';
import type { UserRef } from '@signport/core';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { users } from '../../platform/db/schema/index.js';
import { toUserRef } from './to-user-ref.js';

/**
 * The account's users among `ids`, by id, as responses name them (sender, initiator, owner…);
 * ids of other accounts are simply absent.
 */
export async function loadUserRefs(
  db: DbExecutor,
  accountId: string,
  ids: Iterable<string>,
): Promise<Map<string, UserRef>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, externalId: users.externalId, name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.accountId, accountId), inArray(users.id, unique)));
  return new Map(rows.map((row) => [row.id, toUserRef(row)]));
}

/** The ref of a user known to exist (rows reference users with foreign keys). */
export function userRefOf(refs: Map<string, UserRef>, id: string): UserRef {
  return refs.get(id) ?? { id, externalId: '', name: 'Unknown user', email: '' };
}
