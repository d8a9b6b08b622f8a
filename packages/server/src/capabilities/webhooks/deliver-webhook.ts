import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import {
  webhookDeliveries,
  webhookDeliveryAttempts,
  webhookEndpoints,
  webhookEvents,
} from '../../platform/db/schema/index.js';
import { newId } from '../../platform/ids.js';
import type { JobHandler } from '../../platform/jobs/job-handler.js';
import { serverVersion } from '../../platform/version.js';
import { scheduleWebhookAttempt } from './schedule-webhook-attempt.js';
import { sendWebhookRequest, type WebhookAttemptResult } from './send-webhook-request.js';
import { signWebhook } from './sign-webhook.js';
import { webhookSecretCipher } from './webhook-secret-cipher.js';
import { WEBHOOK_MAX_ATTEMPTS, webhookRetryDelay } from './webhook-retry-delay.js';

const WebhookAttemptPayload = z.object({
  accountId: z.string(),
  deliveryId: z.string(),
  attempt: z.number().int().min(1),
});

export interface DeliverWebhookOptions {
  db: Database;
  clock: Clock;
  getRootKey: () => Promise<Uint8Array>;
  allowPrivateUrls: boolean;
  /** How long one attempt may take, answer included (default 10 s). */
  timeoutMs?: number;
}

/**
 * The job of one delivery attempt: signs the event per Standard Webhooks, POSTs it, records the
 * attempt, and on anything but a 2xx queues the next attempt after `webhookRetryDelay`, until the
 * eighth fails. A disabled endpoint ends its pending deliveries as failed.
 */
export function deliverWebhook({
  db,
  clock,
  getRootKey,
  allowPrivateUrls,
  timeoutMs = 10_000,
}: DeliverWebhookOptions): JobHandler {
  const cipher = webhookSecretCipher(getRootKey);
  return async (payload) => {
    const job = WebhookAttemptPayload.parse(payload);
    const [row] = await db
      .select({ delivery: webhookDeliveries, endpoint: webhookEndpoints, event: webhookEvents })
      .from(webhookDeliveries)
      .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
      .innerJoin(webhookEvents, eq(webhookEvents.id, webhookDeliveries.eventId))
      .where(
        and(
          eq(webhookDeliveries.id, job.deliveryId),
          eq(webhookDeliveries.accountId, job.accountId),
        ),
      );
    // Gone with its endpoint, or this attempt was recorded before a crash: nothing left to do.
    if (!row || row.delivery.status !== 'pending' || row.delivery.attemptCount >= job.attempt) {
      return;
    }
    const { endpoint, event } = row;
    const at = clock();
    let result: WebhookAttemptResult;
    if (endpoint.enabled) {
      const secrets = [await cipher.open(endpoint.sealedSecret)];
      if (endpoint.sealedPreviousSecret && (endpoint.previousSecretExpiresAt ?? at) > at) {
        secrets.push(await cipher.open(endpoint.sealedPreviousSecret));
      }
      const body = JSON.stringify({
        type: event.type,
        timestamp: event.occurredAt.toISOString(),
        data: event.data,
      });
      const timestamp = Math.floor(at.getTime() / 1000);
      result = await sendWebhookRequest({
        url: endpoint.url,
        headers: {
          'content-type': 'application/json',
          'user-agent': `Signport-Webhooks/${serverVersion}`,
          'webhook-id': event.id,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': signWebhook({ id: event.id, timestamp, body, secrets }),
        },
        body,
        timeoutMs,
        allowPrivateUrls,
      });
    } else {
      result = {
        statusCode: null,
        error: 'The endpoint is disabled.',
        responseExcerpt: '',
        durationMs: 0,
      };
    }

    const succeeded =
      result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
    const finished = clock();
    const retry = !succeeded && endpoint.enabled && job.attempt < WEBHOOK_MAX_ATTEMPTS;
    const nextAttemptAt = retry
      ? new Date(finished.getTime() + webhookRetryDelay(job.attempt))
      : null;
    await db.transaction(async (tx) => {
      await tx.insert(webhookDeliveryAttempts).values({
        id: newId('wha'),
        accountId: job.accountId,
        deliveryId: job.deliveryId,
        attempt: job.attempt,
        at,
        durationMs: result.durationMs,
        statusCode: result.statusCode,
        error: result.error,
        responseExcerpt: result.responseExcerpt,
      });
      await tx
        .update(webhookDeliveries)
        .set({
          status: succeeded ? 'succeeded' : retry ? 'pending' : 'failed',
          attemptCount: job.attempt,
          lastStatusCode: result.statusCode,
          nextAttemptAt,
          updatedAt: finished,
        })
        .where(
          and(
            eq(webhookDeliveries.id, job.deliveryId),
            eq(webhookDeliveries.accountId, job.accountId),
          ),
        );
      if (nextAttemptAt) {
        await scheduleWebhookAttempt(tx, { ...job, attempt: job.attempt + 1 }, nextAttemptAt);
      }
    });
  };
}
