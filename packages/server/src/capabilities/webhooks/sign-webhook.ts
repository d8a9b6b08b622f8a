import { createHmac } from 'node:crypto';

export interface WebhookSignatureInput {
  /** `webhook-id`: the event id, the same on every attempt. */
  id: string;
  /** `webhook-timestamp`: seconds since the epoch, of this attempt. */
  timestamp: number;
  body: string;
  /** Every secret in use (`whsec_…`): during a rotation, the new and the previous one. */
  secrets: string[];
}

/**
 * The `webhook-signature` header of the Standard Webhooks spec: `v1,<base64 HMAC-SHA256 of
 * "id.timestamp.body">` per secret, separated by spaces.
 */
export function signWebhook({ id, timestamp, body, secrets }: WebhookSignatureInput): string {
  return secrets
    .map((secret) => {
      const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
      const mac = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64');
      return `v1,${mac}`;
    })
    .join(' ');
}
