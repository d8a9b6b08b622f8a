import { isIP } from 'node:net';
import { ApiError } from '../../platform/errors/api-error.js';
import { isPrivateAddress } from './is-private-address.js';

export interface WebhookUrlPolicy {
  /** `WEBHOOKS_ALLOW_PRIVATE_URLS`: `http` and private addresses are fine (development, demo). */
  allowPrivateUrls: boolean;
}

/**
 * Refuses, with 400 `url_not_allowed`, a webhook URL that is not `https`, carries credentials, or
 * names a private, loopback or link-local host literally. Host names are checked again on every
 * delivery, against each address they resolve to (see `sendWebhookRequest`).
 */
export function checkWebhookUrl(url: string, { allowPrivateUrls }: WebhookUrlPolicy): URL {
  const parsed = new URL(url);
  const refuse = (why: string) => new ApiError('url_not_allowed', why, { field: 'url' });
  if (parsed.username || parsed.password) throw refuse('Put no credentials in the webhook URL.');
  if (allowPrivateUrls) return parsed;
  if (parsed.protocol !== 'https:') throw refuse('Webhook URLs must use https.');
  const host = parsed.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const named = isIP(host) === 0;
  if (
    (named && (host === 'localhost' || host.endsWith('.localhost') || !host.includes('.'))) ||
    (!named && isPrivateAddress(host))
  ) {
    throw refuse('Webhook URLs must point to a public address.');
  }
  return parsed;
}
