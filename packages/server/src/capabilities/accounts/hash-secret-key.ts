import { createHash } from 'node:crypto';

/** Keys are 256-bit random, so a fast unsalted hash is enough to make a leaked table useless. */
export function hashSecretKey(secretKey: string): string {
  return createHash('sha256').update(secretKey).digest('hex');
}
