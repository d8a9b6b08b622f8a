import { createHash } from 'node:crypto';

/** Party tokens are kept only as this hash, so a database leak opens no signing link. */
export function hashPartyToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
