import { and, eq, sql } from 'drizzle-orm';
import type { SessionMode, SessionState } from '@signport/core';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { partyLinks, signingSessions } from '../../platform/db/schema/index.js';
import { preparedQuery } from '../../platform/db/prepared-query.js';
import { hashPartyToken } from './hash-party-token.js';

/** What `assertSessionOpen` needs to know of the link's session, read with the link. */
export interface LinkedSessionState {
  status: SessionState;
  expiresAt: Date | null;
  mode: SessionMode;
}

export type PartyLinkState =
  | {
      status: 'valid';
      accountId: string;
      sessionId: string;
      partyId: string;
      session: LinkedSessionState;
    }
  | { status: 'unknown' | 'revoked' | 'expired' };

// One statement on every party request, with only the columns the checks read: the local driver
// describes every selected column on every call, so each one left out is time saved. A link always
// has its session (deleting a session deletes its links).
const linkByTokenHash = preparedQuery((db: DbExecutor) =>
  db
    .select({
      accountId: partyLinks.accountId,
      sessionId: partyLinks.sessionId,
      partyId: partyLinks.partyId,
      expiresAt: partyLinks.expiresAt,
      revokedAt: partyLinks.revokedAt,
      session: {
        status: signingSessions.status,
        expiresAt: signingSessions.expiresAt,
        mode: signingSessions.mode,
      },
    })
    .from(partyLinks)
    .innerJoin(
      signingSessions,
      and(
        eq(signingSessions.id, partyLinks.sessionId),
        eq(signingSessions.accountId, partyLinks.accountId),
      ),
    )
    .where(eq(partyLinks.tokenHash, sql.placeholder('tokenHash')))
    .prepare(),
);

/** What a party token opens, if anything, at `now`, with the state of the session it opens. */
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
    session: link.session,
  };
}
