import { createHash } from 'node:crypto';
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import {
  PortalActivateRequest,
  PortalLoginBody,
  PortalNotice,
  PortalPasswordResetBody,
  PortalPasswordResetConfirmRequest,
  PortalRefreshRequest,
  PortalSetPasswordLink,
  PortalSetPasswordLinkRequest,
  PortalSignInLinkRequest,
  PortalTokens,
} from '@signport/core';
import type { App, AppContext } from '../../app-context.js';
import type { AppEnv } from '../../platform/http/app-env.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { statusOf } from '../../platform/errors/error-status.js';
import { bearerToken } from '../../platform/http/bearer-token.js';
import { clientAddress } from '../../platform/http/client-address.js';
import { rateLimit } from '../../middleware/rate-limit.js';
import { authorizePortalOrigin } from '../../capabilities/portal/authorize-portal-origin.js';
import { describePortalLink } from '../../capabilities/portal/describe-portal-link.js';
import {
  endPortalSession,
  type PortalSessionRef,
} from '../../capabilities/portal/end-portal-session.js';
import { logInToPortal } from '../../capabilities/portal/log-in-to-portal.js';
import { verifyPortalAccessToken } from '../../capabilities/portal/portal-access-token.js';
import type { PortalSessionTokens } from '../../capabilities/portal/portal-session-tokens.js';
import { refreshPortalSession } from '../../capabilities/portal/refresh-portal-session.js';
import {
  clearRefreshCookie,
  cookiesWork,
  probeCookies,
  readRefreshCookie,
  setRefreshCookie,
} from '../../capabilities/portal/refresh-cookie.js';
import {
  PORTAL_PASSWORD_RESET_JOB,
  PORTAL_SIGN_IN_LINK_JOB,
  requestPasswordReset,
} from '../../capabilities/portal/request-password-reset.js';
import { setPasswordWithLink } from '../../capabilities/portal/set-password-with-link.js';
import { signInWithLink } from '../../capabilities/portal/sign-in-with-link.js';
import { startPortalSession } from '../../capabilities/portal/start-portal-session.js';
import { unusableLinkError } from '../../capabilities/portal/unusable-link-error.js';
import { errorResponses } from '../error-responses.js';

const RESET_NOTICE =
  'If this username belongs to a client login, we emailed a link to reset its password. It works once, within one hour.';
const SIGN_IN_LINK_NOTICE =
  'If this username belongs to a client login, we emailed a link to sign in. It works once, within 15 minutes.';

/** The body's account and username, normalized and hashed, to limit attempts per username. */
async function usernameKey(c: Context<AppEnv>): Promise<string> {
  const body: unknown = await c.req.json().catch(() => undefined);
  const { accountId, username } = (body ?? {}) as { accountId?: unknown; username?: unknown };
  const name = typeof username === 'string' ? username.trim().toLowerCase() : '';
  return createHash('sha256')
    .update(`${String(accountId)}\n${name}`)
    .digest('base64url');
}

/**
 * Public portal sign-in: activate, log in (password or emailed link), refresh, log out, reset. The
 * refresh token travels as an HttpOnly partitioned cookie, and in the body only when the request
 * shows that the browser keeps no portal cookie (bearer fallback).
 */
export function registerPortalAuthRoutes(
  app: App,
  { db, clock, signer, config }: AppContext,
): void {
  const deps = { db, clock, signer };
  const perAddress = (scope: string, limit: number, windowSeconds: number) =>
    rateLimit({
      db,
      clock,
      scope,
      limit,
      windowSeconds,
      key: (c) => clientAddress(c, { trustProxy: config.trustProxy }),
    });
  const perUsername = (scope: string, limit: number, windowSeconds: number) =>
    rateLimit({ db, clock, scope, limit, windowSeconds, key: usernameKey });
  const tokensResponse = {
    description:
      'Signed in: an access token; the refresh token is set as an HttpOnly cookie, and is in the body ' +
      'only when the request carried no portal cookie (neither the refresh nor the probe cookie)',
    content: { 'application/json': { schema: PortalTokens } },
  };
  const common = { tags: ['Client portal'], security: [] as Record<string, string[]>[] };
  const signedIn = (c: Context<AppEnv>, session: PortalSessionTokens) => {
    const maxAgeSeconds = Math.floor(
      (session.sessionExpiresAt.getTime() - clock().getTime()) / 1000,
    );
    setRefreshCookie(c, session.tokens.refreshToken, maxAgeSeconds);
    if (!cookiesWork(c)) {
      probeCookies(c);
      return session.tokens;
    }
    // The browser keeps the cookie: the token stays there, out of reach of page scripts.
    const { refreshToken: _inCookie, ...tokens } = session.tokens;
    return tokens;
  };

  for (const [path, summary, description, scope] of [
    [
      '/activate',
      'Activate a client login',
      'Sets the first password from the emailed invitation link (single use, 48 hours) and signs in.',
      'portal-activate-ip',
    ],
    [
      '/password-reset/confirm',
      'Set a new password from a reset link',
      'Sets a new password from a reset link (single use), ends every other session, emails the client, ' +
        'and signs in. Invitation links work here too.',
      'portal-reset-confirm-ip',
    ],
  ] as const) {
    app.openapi(
      createRoute({
        ...common,
        method: 'post',
        path,
        summary,
        description:
          `${description} Passwords: 8 to 256 characters, anything goes, nothing trimmed; common and ` +
          'breached passwords are refused (`400 password_too_common`).',
        middleware: [perAddress(scope, 20, 600)] as const,
        request: {
          body: {
            required: true,
            content: {
              'application/json': {
                schema:
                  path === '/activate' ? PortalActivateRequest : PortalPasswordResetConfirmRequest,
              },
            },
          },
        },
        responses: {
          200: tokensResponse,
          ...errorResponses(400, 403, 413, 415, 429),
          401: {
            ...errorResponses(401)[401],
            description:
              'The link was used, replaced (`unauthorized`) or has expired (`token_expired`)',
          },
        },
      }),
      async (c) => {
        const login = await setPasswordWithLink(
          { db, clock },
          c.req.valid('json'),
          authorizePortalOrigin(c, db),
        );
        const session = await startPortalSession(deps, { ...login, now: clock() });
        if (!session) {
          throw new ApiError(
            'unauthorized',
            'Your client login is not active. Contact your agent.',
          );
        }
        return c.json(signedIn(c, session), 200);
      },
    );
  }

  app.openapi(
    createRoute({
      ...common,
      method: 'post',
      path: '/set-password-link',
      summary: 'Describe a set-password link',
      description:
        'Tells the holder of an invitation or reset link which username it sets a password for, so ' +
        'the form can give password managers the login it saves. Changes nothing; refused as ' +
        '`activate` refuses an unusable link.',
      middleware: [perAddress('portal-set-password-link-ip', 60, 600)] as const,
      request: {
        body: {
          required: true,
          content: { 'application/json': { schema: PortalSetPasswordLinkRequest } },
        },
      },
      responses: {
        200: {
          description: 'The link is usable',
          content: { 'application/json': { schema: PortalSetPasswordLink } },
        },
        ...errorResponses(400, 403, 413, 415, 429),
        401: {
          ...errorResponses(401)[401],
          description:
            'The link was used, replaced (`unauthorized`) or has expired (`token_expired`)',
        },
      },
    }),
    async (c) => {
      const link = await describePortalLink(db, c.req.valid('json').token, clock());
      if (link.accountId) await authorizePortalOrigin(c, db)(link.accountId);
      if (link.state !== 'usable') throw unusableLinkError(link.state);
      const { username, purpose, expiresAt } = link;
      return c.json({ username, purpose, expiresAt: expiresAt.toISOString() }, 200);
    },
  );

  app.openapi(
    createRoute({
      ...common,
      method: 'post',
      path: '/login',
      summary: 'Sign in to the portal',
      description:
        'By username and password, for the account `accountId`. Any refusal is the same 401. At most 30 ' +
        'attempts per address per minute; after repeated failures of a username (from one address, or ' +
        'from everywhere) or of an address, the next attempt waits, progressively longer (429 with ' +
        '`Retry-After`). A device holding a live refresh cookie of the login does not wait.',
      middleware: [perAddress('portal-login-ip', 30, 60)] as const,
      request: {
        body: { required: true, content: { 'application/json': { schema: PortalLoginBody } } },
      },
      responses: { 200: tokensResponse, ...errorResponses(400, 401, 403, 413, 415, 429) },
    }),
    async (c) => {
      const input = c.req.valid('json');
      await authorizePortalOrigin(c, db)(input.accountId);
      const session = await logInToPortal(deps, {
        ...input,
        address: clientAddress(c, { trustProxy: config.trustProxy }),
        refreshToken: readRefreshCookie(c),
      });
      return c.json(signedIn(c, session), 200);
    },
  );

  app.openapi(
    createRoute({
      ...common,
      method: 'post',
      path: '/refresh',
      summary: 'Renew the portal access token',
      description:
        'Trades the refresh token (cookie, or `refreshToken` in the body) for new tokens; a page load ' +
        'calls it to resume the session. A refresh token works once (30 seconds of grace for tabs ' +
        'refreshing together): reusing one later revokes the whole session.',
      middleware: [perAddress('portal-refresh-ip', 120, 60)] as const,
      request: {
        body: {
          required: false,
          content: { 'application/json': { schema: PortalRefreshRequest } },
        },
      },
      responses: { 200: tokensResponse, ...errorResponses(400, 401, 403, 413, 415, 429) },
    }),
    async (c) => {
      const refreshToken = c.req.valid('json').refreshToken ?? readRefreshCookie(c);
      try {
        if (!refreshToken) throw new ApiError('unauthorized', 'Sign in to the portal.');
        const session = await refreshPortalSession(
          deps,
          refreshToken,
          authorizePortalOrigin(c, db),
        );
        return c.json(signedIn(c, session), 200);
      } catch (error) {
        if (error instanceof ApiError && statusOf(error.code) === 401) {
          clearRefreshCookie(c);
          // A page load that finds no session still learns, on its sign-in, whether cookies work.
          probeCookies(c);
        }
        throw error;
      }
    },
  );

  app.openapi(
    createRoute({
      ...common,
      method: 'post',
      path: '/logout',
      summary: 'Sign out of the portal',
      description:
        'Ends the session of the refresh token (cookie or body) or of the bearer access token, and clears ' +
        'the cookie. Always 204.',
      request: {
        body: {
          required: false,
          content: { 'application/json': { schema: PortalRefreshRequest } },
        },
      },
      responses: { 204: { description: 'Signed out' }, ...errorResponses(400, 403, 413, 415) },
    }),
    async (c) => {
      const refreshToken = c.req.valid('json').refreshToken ?? readRefreshCookie(c);
      const accessToken = bearerToken(c);
      let ref: PortalSessionRef | undefined = refreshToken ? { refreshToken } : undefined;
      if (!ref && accessToken) {
        const claims = await verifyPortalAccessToken(signer, accessToken, clock()).catch(
          () => undefined,
        );
        if (claims) ref = { sessionId: claims.sessionId, accountId: claims.accountId };
      }
      if (ref) await endPortalSession({ db, clock }, ref, authorizePortalOrigin(c, db));
      clearRefreshCookie(c);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      ...common,
      method: 'post',
      path: '/password-reset',
      summary: 'Ask for a password reset link',
      description:
        'Emails a single-use link (one hour) to the login’s address. The answer, and the time it takes, ' +
        'are the same whether or not the username exists.',
      middleware: [
        perAddress('portal-reset-ip', 10, 600),
        perUsername('portal-reset-user', 5, 3600),
      ] as const,
      request: {
        body: {
          required: true,
          content: { 'application/json': { schema: PortalPasswordResetBody } },
        },
      },
      responses: {
        202: {
          description: 'Accepted (whether or not the username exists)',
          content: { 'application/json': { schema: PortalNotice } },
        },
        ...errorResponses(400, 403, 413, 415, 429),
      },
    }),
    async (c) => {
      const input = c.req.valid('json');
      await authorizePortalOrigin(c, db)(input.accountId);
      await requestPasswordReset({ db, clock }, input, PORTAL_PASSWORD_RESET_JOB);
      return c.json({ message: RESET_NOTICE }, 202);
    },
  );

  app.openapi(
    createRoute({
      ...common,
      method: 'post',
      path: '/sign-in-link',
      summary: 'Ask for a sign-in link by email',
      description:
        'Emails a single-use link (15 minutes) to the login’s address, to the account’s `portalUrl` ' +
        '(none is sent without one). The answer, and the time it takes, are the same whether or not ' +
        'the username exists.',
      middleware: [
        perAddress('portal-sign-in-link-ip', 10, 600),
        perUsername('portal-sign-in-link-user', 5, 3600),
      ] as const,
      request: {
        body: {
          required: true,
          content: { 'application/json': { schema: PortalPasswordResetBody } },
        },
      },
      responses: {
        202: {
          description: 'Accepted (whether or not the username exists)',
          content: { 'application/json': { schema: PortalNotice } },
        },
        ...errorResponses(400, 403, 413, 415, 429),
      },
    }),
    async (c) => {
      const input = c.req.valid('json');
      await authorizePortalOrigin(c, db)(input.accountId);
      await requestPasswordReset({ db, clock }, input, PORTAL_SIGN_IN_LINK_JOB);
      return c.json({ message: SIGN_IN_LINK_NOTICE }, 202);
    },
  );

  app.openapi(
    createRoute({
      ...common,
      method: 'post',
      path: '/sign-in-link/confirm',
      summary: 'Sign in with an emailed link',
      description: 'Signs in with a sign-in link: it works once, within 15 minutes.',
      middleware: [perAddress('portal-sign-in-link-confirm-ip', 20, 600)] as const,
      request: {
        body: {
          required: true,
          content: { 'application/json': { schema: PortalSignInLinkRequest } },
        },
      },
      responses: {
        200: tokensResponse,
        ...errorResponses(400, 403, 413, 415, 429),
        401: {
          ...errorResponses(401)[401],
          description:
            'The link was used, replaced (`unauthorized`) or has expired (`token_expired`)',
        },
      },
    }),
    async (c) => {
      const { token } = c.req.valid('json');
      const session = await signInWithLink(deps, token, authorizePortalOrigin(c, db));
      return c.json(signedIn(c, session), 200);
    },
  );
}
