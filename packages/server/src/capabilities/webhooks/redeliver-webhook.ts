import { and, eq } from 'drizzle-orm';
import type { WebhookDelivery } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { webhookDeliveries, webhookEvents } from '../../platform/db/schema/index.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { newId } from '../../platform/ids.js';
import { findWebhook } from './find-webhook.js';
import { scheduleWebhookAttempt } from './schedule-webhook-attempt.js';
import { toDeliveryResponse } from './to-delivery-response.js';

/**
 * Sends a delivery's event to its endpoint again, as a new delivery with its own attempts and the
 * same `webhook-id`, so a receiver that already handled it can tell. The endpoint must be enabled.
 */
export async function redeliverWebhook(
  deps: { db: Database; clock: Clock },
  accountId: string,
  endpointId: string,
  deliveryId: string,
): Promise<WebhookDelivery> {
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const endpoint = await findWebhook(tx, accountId, endpointId);
    const [original] = await tx
      .select({ delivery: webhookDeliveries, eventType: webhookEvents.type })
      .from(webhookDeliveries)
      .innerJoin(webhookEvents, eq(webhookEvents.id, webhookDeliveries.eventId))
      .where(
        and(
          eq(webhookDeliveries.id, deliveryId),
          eq(webhookDeliveries.endpointId, endpoint.id),
          eq(webhookDeliveries.accountId, accountId),
        ),
      );
    if (!original) {
      throw new ApiError('not_found', 'No delivery with this id for this endpoint.', {
        field: 'deliveryId',
      });
    }
    if (!endpoint.enabled) {
      throw new ApiError('invalid_state', 'The endpoint is disabled: enable it to redeliver.');
    }
    const [copy] = await tx
      .insert(webhookDeliveries)
      .values({
        id: newId('whd'),
        accountId,
        endpointId: endpoint.id,
        eventId: original.delivery.eventId,
        status: 'pending',
        nextAttemptAt: now,
        redeliveryOf: original.delivery.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!copy) throw new Error('The redelivery insert returned no row.');
    await scheduleWebhookAttempt(tx, { accountId, deliveryId: copy.id, attempt: 1 }, now);
    return toDeliveryResponse(copy, original.eventType, []);
  });
}
