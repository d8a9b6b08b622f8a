import { and, eq, inArray } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { clientProperties, properties } from '../../platform/db/schema/index.js';
import { ApiError } from '../../platform/errors/api-error.js';
import type { Caller } from '../accounts/caller.js';
import { propertiesVisibleTo } from './find-property.js';

/**
 * Replaces the properties a client is linked to. Every id must be a property the caller may see: an
 * agent cannot gain another agent's property (and its feedback) by linking a client of their own.
 */
export async function linkClientProperties(
  tx: DbExecutor,
  caller: Caller,
  { clientId, propertyIds }: { clientId: string; propertyIds: string[] },
): Promise<void> {
  const { accountId } = caller;
  const unique = [...new Set(propertyIds)];
  if (unique.length > 0) {
    const found = await tx
      .select({ id: properties.id })
      .from(properties)
      .where(and(await propertiesVisibleTo(tx, caller), inArray(properties.id, unique)));
    const missing = unique.find((id) => !found.some((row) => row.id === id));
    if (missing !== undefined) {
      throw new ApiError('validation_failed', `No property ${missing} in this account.`, {
        field: 'propertyIds',
      });
    }
  }
  await tx
    .delete(clientProperties)
    .where(and(eq(clientProperties.accountId, accountId), eq(clientProperties.clientId, clientId)));
  if (unique.length > 0) {
    await tx
      .insert(clientProperties)
      .values(unique.map((propertyId) => ({ accountId, clientId, propertyId })));
  }
}
