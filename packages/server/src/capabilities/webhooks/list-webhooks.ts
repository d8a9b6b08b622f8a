import { asc, eq } from 'drizzle-orm';
import type { WebhookEndpoint } from '@signport/core';
import type { Database } from '../../platform/db/open-database.js';
import { webhookEndpoints } from '../../platform/db/schema/index.js';
import { toWebhookResponse } from './to-webhook-response.js';

/** Every endpoint of the account, oldest first. */
export async function listWebhooks(db: Database, accountId: string): Promise<WebhookEndpoint[]> {
  const rows = await db
    .select()
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.accountId, accountId))
    .orderBy(asc(webhookEndpoints.createdAt), asc(webhookEndpoints.id));
  return rows.map(toWebhookResponse);
}
