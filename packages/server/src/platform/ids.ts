import { randomBytes } from 'node:crypto';

/** A random, prefixed identifier such as `acc_3f9c…` (128 bits), readable in logs and URLs. */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(16).toString('hex')}`;
}
