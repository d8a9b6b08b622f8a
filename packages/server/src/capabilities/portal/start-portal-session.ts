import type { DbExecutor } from '../../platform/db/open-database.js';
import { portalSessions } from '../../platform/db/schema/index.js';
import type { EmbedTokenSigner } from '../embed-tokens/embed-token-claims.js';
import { newId } from '../../platform/ids.js';
import { issueRefreshToken } from './issue-refresh-token.js';
import { loadPortalClients } from './load-portal-clients.js';
import { signPortalAccessToken } from './portal-access-token.js';
import type { PortalSessionTokens } from './portal-session-tokens.js';

/** How long a signed-in portal lasts at most, however often it refreshes. */
export const PORTAL_SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Opens a portal session for a login at its current `sessionVersion`: a new refresh-token family
 * and a first access token. Undefined when the login serves no active client: nobody may sign in.
 */
export async function startPortalSession(
  deps: { db: DbExecutor; signer: EmbedTokenSigner },
  {
    accountId,
    loginId,
    loginVersion,
    now,
  }: { accountId: string; loginId: string; loginVersion: number; now: Date },
): Promise<PortalSessionTokens | undefined> {
  if ((await loadPortalClients(deps.db, { accountId, loginId })).length === 0) return undefined;
  const sessionId = newId('pss');
  const sessionExpiresAt = new Date(now.getTime() + PORTAL_SESSION_LIFETIME_MS);
  await deps.db.insert(portalSessions).values({
    id: sessionId,
    accountId,
    loginId,
    loginVersion,
    expiresAt: sessionExpiresAt,
    createdAt: now,
  });
  const refreshToken = await issueRefreshToken(deps.db, { accountId, sessionId, now });
  const access = await signPortalAccessToken(deps.signer, { accountId, loginId, sessionId }, now);
  return {
    tokens: {
      accessToken: access.accessToken,
      accessTokenExpiresAt: access.expiresAt.toISOString(),
      refreshToken,
    },
    sessionExpiresAt,
  };
}
