import type { z } from 'zod';
import type { CreateWebhookRequest, CreatedWebhookEndpoint } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { webhookEndpoints } from '../../platform/db/schema/index.js';
import { newId } from '../../platform/ids.js';
import { checkWebhookUrl, type WebhookUrlPolicy } from './check-webhook-url.js';
import { generateWebhookSecret } from './generate-webhook-secret.js';
import { toWebhookResponse } from './to-webhook-response.js';
import type { WebhookSecretCipher } from './webhook-secret-cipher.js';

/** Adds an endpoint with a new signing secret, returned this once (and by `GET …/secret`). */
export async function createWebhook(
  deps: { db: Database; clock: Clock; cipher: WebhookSecretCipher; urlPolicy: WebhookUrlPolicy },
  accountId: string,
  input: z.output<typeof CreateWebhookRequest>,
): Promise<CreatedWebhookEndpoint> {
  const url = checkWebhookUrl(input.url, deps.urlPolicy).href;
  const secret = generateWebhookSecret();
  const now = deps.clock();
  const [row] = await deps.db
    .insert(webhookEndpoints)
    .values({
      id: newId('whe'),
      accountId,
      url,
      description: input.description,
      eventTypes: input.eventTypes,
      enabled: input.enabled,
      sealedSecret: await deps.cipher.seal(secret),
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!row) throw new Error('The webhook endpoint insert returned no row.');
  return { ...toWebhookResponse(row), secret };
}
