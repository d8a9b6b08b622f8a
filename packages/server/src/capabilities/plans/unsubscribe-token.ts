import { createHmac, timingSafeEqual } from 'node:crypto';
import { deriveKey } from '../../platform/crypto/derive-key.js';

export interface UnsubscribeTarget {
  accountId: string;
  contactId: string;
}

const signature = (rootKey: Uint8Array, { accountId, contactId }: UnsubscribeTarget) =>
  createHmac('sha256', deriveKey(rootKey, 'email-unsubscribe'))
    .update(`${accountId}:${contactId}`)
    .digest('base64url');

/**
 * The token of a plan email's unsubscribe link: the contact and account it names, signed with a key
 * derived from the server secret. Nothing is stored, so the link works as long as the contact exists.
 */
export function signUnsubscribeToken(rootKey: Uint8Array, target: UnsubscribeTarget): string {
  return `${target.accountId}.${target.contactId}.${signature(rootKey, target)}`;
}

/** The contact a token names, or undefined when it was not signed by this server. */
export function verifyUnsubscribeToken(
  rootKey: Uint8Array,
  token: string,
): UnsubscribeTarget | undefined {
  const [accountId, contactId, given, ...rest] = token.split('.');
  if (!accountId || !contactId || !given || rest.length > 0) return undefined;
  const expected = Buffer.from(signature(rootKey, { accountId, contactId }));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return undefined;
  return { accountId, contactId };
}

/** The unsubscribe page of a contact's plan emails. */
export function unsubscribeUrl(
  publicUrl: string,
  rootKey: Uint8Array,
  target: UnsubscribeTarget,
): string {
  return `${publicUrl}/unsubscribe/${signUnsubscribeToken(rootKey, target)}`;
}
