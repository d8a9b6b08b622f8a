import { randomBytes } from 'node:crypto';
import { hashSecretKey } from './hash-secret-key.js';

export interface GeneratedSecretKey {
  /** Shown once to the account owner, never stored. */
  secretKey: string;
  keyHash: string;
  /** Enough of the key to tell keys apart in listings, too little to guess the rest. */
  displayPrefix: string;
}

export function generateSecretKey(): GeneratedSecretKey {
  const secretKey = `sk_${randomBytes(32).toString('base64url')}`;
  return { secretKey, keyHash: hashSecretKey(secretKey), displayPrefix: secretKey.slice(0, 9) };
}
