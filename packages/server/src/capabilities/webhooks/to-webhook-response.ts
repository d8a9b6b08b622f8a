import type { WebhookEndpoint, WebhookEventType } from '@signport/core';
import type { webhookEndpoints } from '../../platform/db/schema/index.js';

export type WebhookEndpointRow = typeof webhookEndpoints.$inferSelect;

/** An endpoint as the API shows it: never its secret. */
export function toWebhookResponse(row: WebhookEndpointRow): WebhookEndpoint {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: row.eventTypes as WebhookEventType[] | null,
    enabled: row.enabled,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
