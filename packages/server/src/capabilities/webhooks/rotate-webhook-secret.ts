import { and, eq } from 'drizzle-orm';
import type { WebhookSecret } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { webhookEndpoints } from '../../platform/db/schema/index.js';
import { findWebhook } from './find-webhook.js';
import { generateWebhookSecret } from './generate-webhook-secret.js';
import type { WebhookSecretCipher } from './webhook-secret-cipher.js';

/** How long deliveries stay signed with the old secret too, for receivers to switch over. */
export const PREVIOUS_SECRET_GRACE_MS = 24 * 60 * 60_000;

/**
 * Replaces the signing secret. For 24 hours every delivery carries a signature with each secret
 * (the header's space-separated list), so a receiver verifying with either keeps working.
 */
export async function rotateWebhookSecret(
  deps: { db: Database; clock: Clock; cipher: WebhookSecretCipher },
  accountId: string,
  endpointId: string,
): Promise<WebhookSecret> {
  const secret = generateWebhookSecret();
  const sealed = await deps.cipher.seal(secret);
  const now = deps.clock();
  const previousSecretExpiresAt = new Date(now.getTime() + PREVIOUS_SECRET_GRACE_MS);
  await deps.db.transaction(async (tx) => {
    const current = await findWebhook(tx, accountId, endpointId);
    await tx
      .update(webhookEndpoints)
      .set({
        sealedSecret: sealed,
        sealedPreviousSecret: current.sealedSecret,
        previousSecretExpiresAt,
        updatedAt: now,
      })
      .where(and(eq(webhookEndpoints.id, current.id), eq(webhookEndpoints.accountId, accountId)));
  });
  return { secret, previousSecretExpiresAt: previousSecretExpiresAt.toISOString() };
}
