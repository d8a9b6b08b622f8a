import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { UpdateWebhookRequest, WebhookEndpoint } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { webhookEndpoints } from '../../platform/db/schema/index.js';
import { checkWebhookUrl, type WebhookUrlPolicy } from './check-webhook-url.js';
import { findWebhook } from './find-webhook.js';
import { toWebhookResponse } from './to-webhook-response.js';

/** Changes the fields sent; `eventTypes: null` listens to every event again. */
export async function updateWebhook(
  deps: { db: Database; clock: Clock; urlPolicy: WebhookUrlPolicy },
  accountId: string,
  endpointId: string,
  input: z.output<typeof UpdateWebhookRequest>,
): Promise<WebhookEndpoint> {
  const url = input.url === undefined ? undefined : checkWebhookUrl(input.url, deps.urlPolicy).href;
  return deps.db.transaction(async (tx) => {
    const current = await findWebhook(tx, accountId, endpointId);
    const [row] = await tx
      .update(webhookEndpoints)
      .set({
        url: url ?? current.url,
        description: input.description ?? current.description,
        eventTypes: input.eventTypes === undefined ? current.eventTypes : input.eventTypes,
        enabled: input.enabled ?? current.enabled,
        updatedAt: deps.clock(),
      })
      .where(and(eq(webhookEndpoints.id, current.id), eq(webhookEndpoints.accountId, accountId)))
      .returning();
    if (!row) throw new Error('The webhook endpoint update returned no row.');
    return toWebhookResponse(row);
  });
}
