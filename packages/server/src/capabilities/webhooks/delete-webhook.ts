import { and, eq } from 'drizzle-orm';
import type { Database } from '../../platform/db/open-database.js';
import { webhookEndpoints } from '../../platform/db/schema/index.js';
import { ApiError } from '../../platform/errors/api-error.js';

/** Removes an endpoint with its delivery log; its queued attempts find nothing and end. */
export async function deleteWebhook(
  db: Database,
  accountId: string,
  endpointId: string,
): Promise<void> {
  const deleted = await db
    .delete(webhookEndpoints)
    .where(and(eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.accountId, accountId)))
    .returning({ id: webhookEndpoints.id });
  if (deleted.length === 0) {
    throw new ApiError('not_found', 'No webhook endpoint with this id.', { field: 'id' });
  }
}
