import { createMiddleware } from 'hono/factory';
import { findAccountBySecretKey } from '../capabilities/accounts/find-account-by-secret-key.js';
import type { AppEnv } from '../platform/http/app-env.js';
import type { Database } from '../platform/db/open-database.js';
import { ApiError } from '../platform/errors/api-error.js';
import { bearerToken } from '../platform/http/bearer-token.js';

export interface SecretKeyAuthOptions {
  db: Database;
}

export interface SecretKeyAuthEnv extends AppEnv {
  Variables: AppEnv['Variables'] & { account: { id: string } };
}

/**
 * Requires `Authorization: Bearer sk_…` and sets `c.var.account`. Secret keys belong on the host's
 * backend, so these responses are never made readable cross-origin.
 *
 * @example
 * createRoute({ method: 'put', path: '/v1/users/{externalId}', middleware: [secretKeyAuth({ db })] as const, … });
 */
export function secretKeyAuth({ db }: SecretKeyAuthOptions) {
  return createMiddleware<SecretKeyAuthEnv>(async (c, next) => {
    c.set('corsPolicy', 'none');
    const key = bearerToken(c);
    if (!key?.startsWith('sk_')) {
      throw new ApiError('unauthorized', 'Send your secret key as "Authorization: Bearer sk_…".');
    }
    const account = await findAccountBySecretKey(db, key);
    if (!account)
      throw new ApiError('unauthorized', 'The secret key is not valid or has been revoked.');
    c.set('account', account);
    await next();
  });
}
