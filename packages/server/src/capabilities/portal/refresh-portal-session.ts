import { and, eq, isNull } from 'drizzle-orm';
import { hashSecretKey } from '../accounts/hash-secret-key.js';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import {
  portalLogins,
  portalRefreshTokens,
  portalSessions,
} from '../../platform/db/schema/index.js';
import type { EmbedTokenSigner } from '../embed-tokens/embed-token-claims.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { issueRefreshToken } from './issue-refresh-token.js';
import { loadPortalClients } from './load-portal-clients.js';
import { signPortalAccessToken } from './portal-access-token.js';
import type { PortalSessionTokens } from './portal-session-tokens.js';

/**
 * A token rotated this recently still works once more, in a branch of the same family: tabs of one
 * browser share the refresh cookie, and two of them refreshing at the same moment is not a theft.
 */
export const ROTATION_GRACE_MS = 30_000;

const signInAgain = () => new ApiError('unauthorized', 'Sign in to the portal again.');

/**
 * Trades a refresh token for a new access token and a new refresh token. Each refresh token works
 * once, give or take the short grace above: presenting one rotated longer ago means it was copied,
 * so the whole session (its token family) is revoked and the thief and the client alike must sign
 * in again.
 *
 * `authorizeAccount` runs once the token's account is known, before anything changes (origin check).
 */
export async function refreshPortalSession(
  deps: { db: Database; clock: Clock; signer: EmbedTokenSigner },
  refreshToken: string,
  authorizeAccount: (accountId: string) => Promise<void>,
): Promise<PortalSessionTokens> {
  const now = deps.clock();
  const tokenHash = hashSecretKey(refreshToken);
  const [found] = await deps.db
    .select({ token: portalRefreshTokens, session: portalSessions, login: portalLogins })
    .from(portalRefreshTokens)
    .innerJoin(portalSessions, eq(portalSessions.id, portalRefreshTokens.sessionId))
    .innerJoin(portalLogins, eq(portalLogins.id, portalSessions.loginId))
    .where(eq(portalRefreshTokens.tokenHash, tokenHash));
  if (!found) throw signInAgain();
  const { token, session, login } = found;
  await authorizeAccount(session.accountId);

  const result = await deps.db.transaction(async (tx) => {
    // The guard on rotated_at makes the rotation atomic: of two uses of one token, one wins and
    // the other is a reuse, forgiven only within the grace.
    const [rotated] = await tx
      .update(portalRefreshTokens)
      .set({ rotatedAt: now })
      .where(
        and(eq(portalRefreshTokens.tokenHash, tokenHash), isNull(portalRefreshTokens.rotatedAt)),
      )
      .returning({ sessionId: portalRefreshTokens.sessionId });
    const rotatedAt = rotated ? undefined : (token.rotatedAt ?? now);
    if (rotatedAt && now.getTime() - rotatedAt.getTime() > ROTATION_GRACE_MS) {
      await tx
        .update(portalSessions)
        .set({ revokedAt: now })
        .where(and(eq(portalSessions.id, session.id), isNull(portalSessions.revokedAt)));
      return { reused: true as const };
    }
    const live =
      session.revokedAt === null &&
      session.expiresAt > now &&
      session.loginVersion === login.sessionVersion;
    if (!live) return { reused: false as const, next: undefined };
    const next = await issueRefreshToken(tx, {
      accountId: session.accountId,
      sessionId: session.id,
      now,
    });
    return { reused: false as const, next };
  });
  if (result.reused || result.next === undefined) throw signInAgain();

  const clients = await loadPortalClients(deps.db, {
    accountId: session.accountId,
    loginId: login.id,
  });
  if (clients.length === 0) throw signInAgain();
  const access = await signPortalAccessToken(
    deps.signer,
    { accountId: session.accountId, loginId: login.id, sessionId: session.id },
    now,
  );
  return {
    tokens: {
      accessToken: access.accessToken,
      accessTokenExpiresAt: access.expiresAt.toISOString(),
      refreshToken: result.next,
    },
    sessionExpiresAt: session.expiresAt,
  };
}
