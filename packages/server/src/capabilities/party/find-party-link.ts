import { eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { partyLinks } from '../../platform/db/schema/index.js';
import { preparedQuery } from '../../platform/db/prepared-query.js';
import { hashPartyToken } from './hash-party-token.js';

export type PartyLinkState =
  | { status: 'valid'; accountId: string; sessionId: string; partyId: string }
  | { status: 'unknown' | 'revoked' | 'expired' };

const linkByTokenHash = preparedQuery((db: DbExecutor) =>
  db
    .select()
    .from(partyLinks)
    .where(eq(partyLinks.tokenHash, sql.placeholder('tokenHash')))
    .prepare(),
);

/** What a party token opens, if anything, at `now`. */
export async function findPartyLink(
  db: DbExecutor,
  token: string,
  now: Date,
): Promise<PartyLinkState> {
  const [link] = await linkByTokenHash(db).all({ tokenHash: hashPartyToken(token) });
  if (!link) return { status: 'unknown' };
  if (link.revokedAt) return { status: 'revoked' };
  if (link.expiresAt <= now) return { status: 'expired' };
  return {
    status: 'valid',
    accountId: link.accountId,
    sessionId: link.sessionId,
    partyId: link.partyId,
  };
}
