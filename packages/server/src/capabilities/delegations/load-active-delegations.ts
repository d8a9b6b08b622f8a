import { and, eq, isNull } from 'drizzle-orm';
import type { DelegationGrant } from '@signport/core';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { delegations } from '../../platform/db/schema/index.js';

/** The unrevoked delegations in which `assistantId` acts for someone, in the shape core's rules take. */
export async function loadActiveDelegations(
  db: DbExecutor,
  { accountId, assistantId }: { accountId: string; assistantId: string },
): Promise<DelegationGrant[]> {
  return db
    .select({
      assistantId: delegations.assistantId,
      principalId: delegations.principalId,
      scopes: delegations.scopes,
    })
    .from(delegations)
    .where(
      and(
        eq(delegations.accountId, accountId),
        eq(delegations.assistantId, assistantId),
        isNull(delegations.revokedAt),
      ),
    );
}
