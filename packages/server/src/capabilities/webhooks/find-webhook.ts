import { and, eq } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { webhookEndpoints } from '../../platform/db/schema/index.js';
import { ApiError } from '../../platform/errors/api-error.js';
import type { WebhookEndpointRow } from './to-webhook-response.js';

/** The account's endpoint with this id; 404 for a missing one or another account's. */
export async function findWebhook(
  db: DbExecutor,
  accountId: string,
  endpointId: string,
): Promise<WebhookEndpointRow> {
  const [row] = await db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.accountId, accountId)));
  if (!row) throw new ApiError('not_found', 'No webhook endpoint with this id.', { field: 'id' });
  return row;
}
