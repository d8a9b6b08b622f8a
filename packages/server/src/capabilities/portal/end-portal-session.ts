import { and, eq, isNull } from 'drizzle-orm';
import { hashSecretKey } from '../accounts/hash-secret-key.js';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { portalRefreshTokens, portalSessions } from '../../platform/db/schema/index.js';

/** A session named by one of its refresh tokens, or by a verified access token's claims. */
export type PortalSessionRef = { refreshToken: string } | { sessionId: string; accountId: string };

/**
 * Signs out: revokes the session, so its refresh tokens and access tokens stop working. An unknown
 * token changes nothing; signing out always succeeds.
 */
export async function endPortalSession(
  deps: { db: Database; clock: Clock },
  ref: PortalSessionRef,
  authorizeAccount: (accountId: string) => Promise<void>,
): Promise<void> {
  const [found] =
    'refreshToken' in ref
      ? await deps.db
          .select({
            sessionId: portalRefreshTokens.sessionId,
            accountId: portalRefreshTokens.accountId,
          })
          .from(portalRefreshTokens)
          .where(eq(portalRefreshTokens.tokenHash, hashSecretKey(ref.refreshToken)))
      : [ref];
  if (!found) return;
  await authorizeAccount(found.accountId);
  await deps.db
    .update(portalSessions)
    .set({ revokedAt: deps.clock() })
    .where(
      and(
        eq(portalSessions.id, found.sessionId),
        eq(portalSessions.accountId, found.accountId),
        isNull(portalSessions.revokedAt),
      ),
    );
}
