import { createMiddleware } from 'hono/factory';
import { isOriginAllowedForAccount } from '../capabilities/accounts/is-origin-allowed-for-account.js';
import type { AppEnv } from '../platform/http/app-env.js';
import type { Clock } from '../platform/clock.js';
import type { Database } from '../platform/db/open-database.js';
import { ApiError } from '../platform/errors/api-error.js';
import { bearerToken } from '../platform/http/bearer-token.js';
import { assertSessionOpen } from '../capabilities/party/assert-session-open.js';
import { findPartyLink } from '../capabilities/party/find-party-link.js';
import type { PartyPrincipal } from '../capabilities/party/party-principal.js';

export interface PartyTokenAuthOptions {
  db: Database;
  clock: Clock;
  /** The server's own origin: its hosted signing page calls the API from there. */
  publicUrl: string;
}

export interface PartyTokenAuthEnv extends AppEnv {
  Variables: AppEnv['Variables'] & { party: PartyPrincipal };
}

/**
 * Requires `Authorization: Bearer <party token>` and sets `c.var.party`. Unknown links are 401
 * `unauthorized`, links of a voided session 401 `session_voided`, expired ones 401 `token_expired`; a session past its expiry or a
 * web-form draft whose form went away is refused as `assertSessionOpen` says. A browser request must come from the
 * session account's allowlist (or the hosted page's own origin); otherwise 403 `origin_not_allowed`.
 *
 * @example
 * createRoute({ method: 'get', path: '/v1/party', middleware: [partyTokenAuth({ db, clock, publicUrl })] as const, … });
 */
export function partyTokenAuth({ db, clock, publicUrl }: PartyTokenAuthOptions) {
  const ownOrigin = new URL(publicUrl).origin;
  return createMiddleware<PartyTokenAuthEnv>(async (c, next) => {
    const token = bearerToken(c);
    if (!token) {
      throw new ApiError(
        'unauthorized',
        'Send the signing link token as "Authorization: Bearer <token>".',
      );
    }
    const link = await findPartyLink(db, token, clock());
    if (link.status === 'expired') {
      throw new ApiError(
        'token_expired',
        'This signing link has expired. Ask the sender for a new one.',
      );
    }
    // Links are revoked only by voiding their session: say so, not "invalid".
    if (link.status === 'revoked') {
      throw new ApiError(
        'session_voided',
        'The sender cancelled this document. There is nothing left to sign.',
      );
    }
    if (link.status !== 'valid')
      throw new ApiError('unauthorized', 'This signing link is not valid.');
    const origin = c.req.header('Origin');
    if (origin) {
      if (origin !== ownOrigin && !(await isOriginAllowedForAccount(db, link.accountId, origin))) {
        c.set('corsPolicy', 'none');
        throw new ApiError(
          'origin_not_allowed',
          `This account does not allow signing on ${origin}.`,
        );
      }
      c.set('corsPolicy', 'account');
    }
    await assertSessionOpen(db, link, clock());
    c.set('party', { accountId: link.accountId, sessionId: link.sessionId, partyId: link.partyId });
    await next();
  });
}
