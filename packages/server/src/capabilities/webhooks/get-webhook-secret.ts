import type { WebhookSecret } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { findWebhook } from './find-webhook.js';
import type { WebhookSecretCipher } from './webhook-secret-cipher.js';

/** The endpoint's current signing secret, and until when the previous one still signs. */
export async function getWebhookSecret(
  deps: { db: Database; clock: Clock; cipher: WebhookSecretCipher },
  accountId: string,
  endpointId: string,
): Promise<WebhookSecret> {
  const row = await findWebhook(deps.db, accountId, endpointId);
  const previousActive =
    row.previousSecretExpiresAt !== null && row.previousSecretExpiresAt > deps.clock();
  return {
    secret: await deps.cipher.open(row.sealedSecret),
    previousSecretExpiresAt: previousActive
      ? (row.previousSecretExpiresAt?.toISOString() ?? null)
      : null,
  };
}
