import { and, eq } from 'drizzle-orm';
import { resolveSender } from '@signport/core';
import type { DbExecutor } from '../../../platform/db/open-database.js';
import type { EmbedPrincipal } from '../../embed-tokens/embed-token-claims.js';
import { ApiError } from '../../../platform/errors/api-error.js';
import { loadActiveDelegations } from '../load-active-delegations.js';
import type { OwnedResource, OwnedTable } from './owned-resource.js';

/**
 * The row with this id, if its owner is the caller or a principal they may act for in the resource's
 * scope. Otherwise 404, as for an id that does not exist, so ids of others reveal nothing.
 */
export async function findOnBehalf<T extends OwnedTable>(
  db: DbExecutor,
  resource: OwnedResource<T, unknown>,
  { caller, id }: { caller: EmbedPrincipal; id: string },
): Promise<T['$inferSelect']> {
  const { accountId, userId } = caller;
  const table = resource.table as OwnedTable;
  const [row] = await db
    .select()
    .from(table)
    .where(and(eq(table.id, id), eq(table.accountId, accountId)));
  const delegations = row
    ? await loadActiveDelegations(db, { accountId, assistantId: userId })
    : [];
  if (!row || !resolveSender(userId, row.ownerId, resource.scope, delegations).ok) {
    throw new ApiError('not_found', `No ${resource.noun} with this id.`, { field: 'id' });
  }
  return row as T['$inferSelect'];
}
