import { and, eq, inArray, sql } from 'drizzle-orm';
import type { UserRef } from '@signport/core';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { users } from '../../platform/db/schema/index.js';
import { preparedQuery } from '../../platform/db/prepared-query.js';
import { toUserRef } from './to-user-ref.js';

// Prepared once for any number of ids: they go in as one JSON array.
const refRows = preparedQuery((db: DbExecutor) =>
  db
    .select({ id: users.id, externalId: users.externalId, name: users.name, email: users.email })
    .from(users)
    .where(
      and(
        eq(users.accountId, sql.placeholder('accountId')),
        inArray(users.id, sql`(select value from json_each(${sql.placeholder('ids')}))`),
      ),
    )
    .prepare(),
);

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
  const rows = await refRows(db).all({ accountId, ids: JSON.stringify(unique) });
  return new Map(rows.map((row) => [row.id, toUserRef(row)]));
}

/** The ref of a user known to exist (rows reference users with foreign keys). */
export function userRefOf(refs: Map<string, UserRef>, id: string): UserRef {
  return refs.get(id) ?? { id, externalId: '', name: 'Unknown user', email: '' };
}
