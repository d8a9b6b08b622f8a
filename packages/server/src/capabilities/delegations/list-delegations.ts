import { and, asc, eq, isNull, or } from 'drizzle-orm';
import type { Delegation } from '@signport/core';
import type { Database } from '../../platform/db/open-database.js';
import { delegations } from '../../platform/db/schema/index.js';
import type { Caller } from '../accounts/caller.js';
import { loadUserRefs } from '../users/load-user-refs.js';
import { toDelegationResponse } from './to-delegation-response.js';

/** Active delegations: a user's (as principal or assistant), or every one of the account for its secret key. */
export async function listDelegations(db: Database, caller: Caller): Promise<Delegation[]> {
  const { accountId, userId } = caller;
  const rows = await db
    .select()
    .from(delegations)
    .where(
      and(
        eq(delegations.accountId, accountId),
        isNull(delegations.revokedAt),
        userId === undefined
          ? undefined
          : or(eq(delegations.principalId, userId), eq(delegations.assistantId, userId)),
      ),
    )
    .orderBy(asc(delegations.createdAt), asc(delegations.id));
  const people = await loadUserRefs(
    db,
    accountId,
    rows.flatMap((row) => [row.principalId, row.assistantId]),
  );
  return rows.map((row) => toDelegationResponse(row, people));
}
