import { and, eq } from 'drizzle-orm';
import type { WebhookEventType } from '@signport/core';
import type { DbExecutor } from '../../platform/db/open-database.js';
import {
  webhookDeliveries,
  webhookEndpoints,
  webhookEvents,
} from '../../platform/db/schema/index.js';
import { newId } from '../../platform/ids.js';
import { scheduleWebhookAttempt } from './schedule-webhook-attempt.js';

export interface WebhookEventInput {
  accountId: string;
  type: WebhookEventType;
  at: Date;
  /** The event's `data`: ids and small facts, never document bytes. */
  data: Record<string, unknown>;
}

/**
 * Queues an event for every enabled endpoint of the account that listens to its type. Run it in the
 * transaction of the change it reports: the event is sent if and only if the change is committed.
 *
 * @example
 * await emitEvent(tx, { accountId, type: 'client.deactivated', at: now, data: { clientId } });
 */
export async function emitEvent(db: DbExecutor, event: WebhookEventInput): Promise<void> {
  const endpoints = await db
    .select({ id: webhookEndpoints.id, eventTypes: webhookEndpoints.eventTypes })
    .from(webhookEndpoints)
    .where(
      and(eq(webhookEndpoints.accountId, event.accountId), eq(webhookEndpoints.enabled, true)),
    );
  const listening = endpoints.filter(
    (endpoint) => endpoint.eventTypes === null || endpoint.eventTypes.includes(event.type),
  );
  if (listening.length === 0) return;

  const eventId = newId('msg');
  await db.insert(webhookEvents).values({
    id: eventId,
    accountId: event.accountId,
    type: event.type,
    data: event.data,
    occurredAt: event.at,
  });
  for (const endpoint of listening) {
    const deliveryId = newId('whd');
    await db.insert(webhookDeliveries).values({
      id: deliveryId,
      accountId: event.accountId,
      endpointId: endpoint.id,
      eventId,
      status: 'pending',
      nextAttemptAt: event.at,
      createdAt: event.at,
      updatedAt: event.at,
    });
    await scheduleWebhookAttempt(
      db,
      { accountId: event.accountId, deliveryId, attempt: 1 },
      event.at,
    );
  }
}
