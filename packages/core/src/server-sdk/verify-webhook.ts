import type { WebhookEventType } from '../schemas/webhook.js';

/** A verified delivery's body: which event, when it happened, and its ids and small facts. */
export interface WebhookEvent {
  type: WebhookEventType;
  /** When the event happened (ISO 8601). */
  timestamp: string;
  data: Record<string, unknown>;
}

export type WebhookHeaders = Headers | Record<string, string | readonly string[] | undefined>;

export interface VerifyWebhookOptions {
  /** Refuse deliveries signed longer ago (or further ahead) than this; 300 s unless set. */
  toleranceSeconds?: number;
  /** The current time, for tests. */
  now?: Date;
}

/** The delivery is not one the endpoint's secret signed, or it was signed too long ago. */
export class WebhookVerificationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WebhookVerificationError';
  }
}

/**
 * Checks a webhook delivery as the Standard Webhooks specification says, and returns its event:
 * the `webhook-signature` must hold a `v1` HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`
 * under the endpoint's secret (`whsec_…`), and the timestamp must be recent. Pass the body exactly
 * as received (the raw text or bytes, not re-serialized JSON). Uses Web Crypto, so it runs in Node,
 * Deno, Bun and edge runtimes.
 *
 * @example
 * app.post('/signport/webhooks', express.text({ type: '*\/*' }), async (req, res) => {
 *   const event = await verifyWebhook(req.headers, req.body, process.env.SIGNPORT_WEBHOOK_SECRET!);
 *   if (event.type === 'session.completed') await archive(event.data.sessionId);
 *   res.sendStatus(204);
 * });
 */
export async function verifyWebhook(
  headers: WebhookHeaders,
  body: string | Uint8Array,
  secret: string,
  options: VerifyWebhookOptions = {},
): Promise<WebhookEvent> {
  const id = header(headers, 'webhook-id');
  const timestamp = header(headers, 'webhook-timestamp');
  const signatures = header(headers, 'webhook-signature');
  if (!id || !timestamp || !signatures) {
    throw new WebhookVerificationError(
      'Missing webhook-id, webhook-timestamp or webhook-signature.',
    );
  }
  const signedAt = Number(timestamp);
  const now = (options.now ?? new Date()).getTime() / 1000;
  if (!/^\d+$/.test(timestamp) || Math.abs(now - signedAt) > (options.toleranceSeconds ?? 300)) {
    throw new WebhookVerificationError('The webhook-timestamp is too old or too far ahead.');
  }

  const text = typeof body === 'string' ? body : new TextDecoder().decode(body);
  const secretBytes = fromBase64(secret.replace(/^whsec_/, ''));
  if (secretBytes.length === 0)
    throw new TypeError('The secret is not an endpoint secret (whsec_…).');
  const key = await globalThis.crypto.subtle.importKey(
    'raw',
    secretBytes,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['verify'],
  );
  const signed = new TextEncoder().encode(`${id}.${timestamp}.${text}`);
  for (const candidate of signatures.split(' ')) {
    const [version, mac] = candidate.split(',', 2);
    if (version !== 'v1' || !mac) continue;
    // subtle.verify compares in constant time.
    if (await globalThis.crypto.subtle.verify('HMAC', key, fromBase64(mac), signed)) {
      return JSON.parse(text) as WebhookEvent;
    }
  }
  throw new WebhookVerificationError('No webhook-signature matches the secret.');
}

function header(headers: WebhookHeaders, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name] ?? headers[name.toLowerCase()];
  return typeof value === 'string' ? value : value?.[0];
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  try {
    return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  } catch {
    return new Uint8Array(0);
  }
}
