import { and, eq } from 'drizzle-orm';
import { pickLocale } from '@signport/core';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../../platform/http/app-env.js';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { portalLogins, portalSessions } from '../../platform/db/schema/index.js';
import type { EmbedTokenSigner } from '../embed-tokens/embed-token-claims.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { bearerToken } from '../../platform/http/bearer-token.js';
import { authorizePortalOrigin } from './authorize-portal-origin.js';
import { loadPortalClients, type PortalClient } from './load-portal-clients.js';
import { verifyPortalAccessToken } from './portal-access-token.js';
import { rememberClientLocale } from './remember-client-locale.js';

export interface PortalAuthOptions {
  db: Database;
  signer: EmbedTokenSigner;
  clock: Clock;
  /**
   * What a refusal means for the request, e.g. "your message was not sent". With it, a client whose
   * agent turned access off (inactive, access removed) gets 403 `portal_access_revoked` saying so,
   * instead of the plain 401 of a signed-out session.
   */
  whatWasLost?: string;
}

/** Who is reading the portal: the login, its session and the active clients it serves. */
export interface PortalViewerContext {
  accountId: string;
  loginId: string;
  username: string;
  sessionId: string;
  /** Never empty: a login without an active client is signed out. */
  clients: PortalClient[];
}

export interface PortalAuthEnv extends AppEnv {
  Variables: AppEnv['Variables'] & { portal: PortalViewerContext };
}

/**
 * Requires `Authorization: Bearer <portal access token>` and sets `c.var.portal`. Beyond the JWT, the
 * session is checked on every request (not revoked, not expired, the login's session version
 * unchanged, an active client left), so revocation takes effect on the very next request.
 *
 * @example
 * createRoute({ method: 'get', path: '/v1/portal/me', middleware: [portalAuth({ db, signer, clock })] as const, … });
 */
export function portalAuth({ db, signer, clock, whatWasLost }: PortalAuthOptions) {
  return createMiddleware<PortalAuthEnv>(async (c, next) => {
    const token = bearerToken(c);
    if (!token) {
      throw new ApiError(
        'unauthorized',
        'Send the portal access token as "Authorization: Bearer <token>".',
      );
    }
    const now = clock();
    const claims = await verifyPortalAccessToken(signer, token, now);
    await authorizePortalOrigin(c, db)(claims.accountId);
    const [row] = await db
      .select({ session: portalSessions, login: portalLogins })
      .from(portalSessions)
      .innerJoin(portalLogins, eq(portalLogins.id, portalSessions.loginId))
      .where(
        and(
          eq(portalSessions.id, claims.sessionId),
          eq(portalSessions.accountId, claims.accountId),
          eq(portalSessions.loginId, claims.loginId),
        ),
      );
    const live =
      row !== undefined &&
      row.session.revokedAt === null &&
      row.session.expiresAt > now &&
      row.session.loginVersion === row.login.sessionVersion;
    const clients =
      live || (row && whatWasLost)
        ? await loadPortalClients(db, { accountId: claims.accountId, loginId: claims.loginId })
        : [];
    if (row && whatWasLost && clients.length === 0) {
      throw new ApiError(
        'portal_access_revoked',
        `Your access was turned off by your agent; ${whatWasLost}.`,
      );
    }
    if (!live || clients.length === 0) {
      throw new ApiError(
        'unauthorized',
        whatWasLost
          ? `You were signed out; ${whatWasLost}. Sign in again and send it.`
          : 'You were signed out. Sign in to the portal again.',
      );
    }
    c.set('portal', {
      accountId: claims.accountId,
      loginId: claims.loginId,
      username: row.login.username,
      sessionId: claims.sessionId,
      clients,
    });
    // The first portal use tells the language of clients the agent gave none; later uses write nothing.
    const browser = pickLocale(c.req.header('Accept-Language'));
    if (browser && clients.some((client) => client.locale === null)) {
      const login = { accountId: claims.accountId, loginId: claims.loginId };
      await rememberClientLocale(db, login, browser);
    }
    await next();
  });
}
