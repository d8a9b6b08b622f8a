import { createMiddleware } from 'hono/factory';
import { isOriginAllowedForAccount } from '../capabilities/accounts/is-origin-allowed-for-account.js';
import type { AppEnv } from '../platform/http/app-env.js';
import type { Clock } from '../platform/clock.js';
import type { Database } from '../platform/db/open-database.js';
import type {
  EmbedPrincipal,
  EmbedTokenSigner,
} from '../capabilities/embed-tokens/embed-token-claims.js';
import { verifyEmbedToken } from '../capabilities/embed-tokens/verify-embed-token.js';
import { ApiError } from '../platform/errors/api-error.js';
import { bearerToken } from '../platform/http/bearer-token.js';

export interface EmbedTokenAuthOptions {
  db: Database;
  signer: EmbedTokenSigner;
  clock: Clock;
}

export interface EmbedTokenAuthEnv extends AppEnv {
  Variables: AppEnv['Variables'] & { principal: EmbedPrincipal };
}

/**
 * Requires `Authorization: Bearer <embed token>` and sets `c.var.principal`. A browser request must
 * come from an origin on the token's own account allowlist: otherwise 403 `origin_not_allowed`,
 * and the response stays unreadable cross-origin.
 *
 * @example
 * createRoute({ method: 'get', path: '/v1/me', middleware: [embedTokenAuth({ db, signer, clock })] as const, … });
 */
export function embedTokenAuth({ db, signer, clock }: EmbedTokenAuthOptions) {
  return createMiddleware<EmbedTokenAuthEnv>(async (c, next) => {
    const token = bearerToken(c);
    if (!token)
      throw new ApiError(
        'unauthorized',
        'Send the embed token as "Authorization: Bearer <token>".',
      );
    const principal = await verifyEmbedToken({ db, signer, clock }, token);
    const origin = c.req.header('Origin');
    if (origin) {
      if (!(await isOriginAllowedForAccount(db, principal.accountId, origin))) {
        c.set('corsPolicy', 'none');
        throw new ApiError(
          'origin_not_allowed',
          `This account does not allow embedding on ${origin}.`,
        );
      }
      c.set('corsPolicy', 'account');
    }
    c.set('principal', principal);
    await next();
  });
}
