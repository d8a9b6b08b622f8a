import { randomBytes } from 'node:crypto';
import type { Clock } from '../../platform/clock.js';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { partyLinks } from '../../platform/db/schema/index.js';
import { newId } from '../../platform/ids.js';
import { hashPartyToken } from './hash-party-token.js';

export interface MintedPartyLink {
  /** The only time the token exists in clear. */
  token: string;
  expiresAt: Date;
}

/**
 * Creates a signing link for one party: 32 random bytes (base64url), stored hashed, valid for
 * `ttlDays`. Several links of one party may be live at once (each reminder mints a new one).
 */
export async function mintPartyLink(
  deps: { db: DbExecutor; clock: Clock },
  input: { accountId: string; sessionId: string; partyId: string; ttlDays: number },
): Promise<MintedPartyLink> {
  const token = randomBytes(32).toString('base64url');
  const now = deps.clock();
  const expiresAt = new Date(now.getTime() + input.ttlDays * 24 * 60 * 60 * 1000);
  await deps.db.insert(partyLinks).values({
    id: newId('lnk'),
    accountId: input.accountId,
    sessionId: input.sessionId,
    partyId: input.partyId,
    tokenHash: hashPartyToken(token),
    createdAt: now,
    expiresAt,
  });
  return { token, expiresAt };
}
