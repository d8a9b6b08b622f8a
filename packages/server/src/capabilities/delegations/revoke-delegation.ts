import { and, eq, isNull, or } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { delegations } from '../../platform/db/schema/index.js';
import { ApiError } from '../../platform/errors/api-error.js';
import type { Caller } from '../accounts/caller.js';

/**
 * Ends a delegation at once: its assistant can no longer act for the principal. Either of the two
 * users or the account's secret key may revoke; to anyone else it does not exist (404).
 */
export async function revokeDelegation(
  { db, clock }: { db: Database; clock: Clock },
  { caller, delegationId }: { caller: Caller; delegationId: string },
): Promise<void> {
  const { accountId, userId } = caller;
  const revoked = await db
    .update(delegations)
    .set({ revokedAt: clock() })
    .where(
      and(
        eq(delegations.id, delegationId),
        eq(delegations.accountId, accountId),
        isNull(delegations.revokedAt),
        userId === undefined
          ? undefined
          : or(eq(delegations.principalId, userId), eq(delegations.assistantId, userId)),
      ),
    )
    .returning({ id: delegations.id });
  if (revoked.length === 0) {
    throw new ApiError('not_found', 'No active delegation with this id.', { field: 'id' });
  }
}
