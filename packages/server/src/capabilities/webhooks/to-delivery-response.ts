import type { WebhookDelivery, WebhookEventType } from '@signport/core';
import type { webhookDeliveries, webhookDeliveryAttempts } from '../../platform/db/schema/index.js';

type DeliveryRow = typeof webhookDeliveries.$inferSelect;
type AttemptRow = typeof webhookDeliveryAttempts.$inferSelect;

/** A delivery and its attempts (oldest first) as the delivery log shows them. */
export function toDeliveryResponse(
  delivery: DeliveryRow,
  eventType: string,
  attempts: AttemptRow[],
): WebhookDelivery {
  return {
    id: delivery.id,
    endpointId: delivery.endpointId,
    eventId: delivery.eventId,
    eventType: eventType as WebhookEventType,
    status: delivery.status,
    attemptCount: delivery.attemptCount,
    lastStatusCode: delivery.lastStatusCode,
    nextAttemptAt: delivery.nextAttemptAt?.toISOString() ?? null,
    redeliveryOf: delivery.redeliveryOf,
    createdAt: delivery.createdAt.toISOString(),
    attempts: attempts
      .sort((a, b) => a.attempt - b.attempt)
      .map((attempt) => ({
        attempt: attempt.attempt,
        at: attempt.at.toISOString(),
        durationMs: attempt.durationMs,
        statusCode: attempt.statusCode,
        error: attempt.error,
        responseExcerpt: attempt.responseExcerpt,
      })),
  };
}
