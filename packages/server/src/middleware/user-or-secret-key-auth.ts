import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { Caller } from '../capabilities/accounts/caller.js';
import type { AppEnv } from '../platform/http/app-env.js';
import type { Clock } from '../platform/clock.js';
import type { Database } from '../platform/db/open-database.js';
import type { EmbedTokenSigner } from '../capabilities/embed-tokens/embed-token-claims.js';
import { bearerToken } from '../platform/http/bearer-token.js';
import { embedTokenAuth, type EmbedTokenAuthEnv } from './embed-token-auth.js';
import { secretKeyAuth, type SecretKeyAuthEnv } from './secret-key-auth.js';

export interface UserOrSecretKeyAuthOptions {
  db: Database;
  signer: EmbedTokenSigner;
  clock: Clock;
}

export interface UserOrSecretKeyAuthEnv extends AppEnv {
  Variables: AppEnv['Variables'] & { caller: Caller };
}

/**
 * Accepts either credential for routes both a user and the host's backend may call: a bearer starting
 * with `sk_` is checked as a secret key, anything else as an embed token (with its origin rules).
 * Sets `c.var.caller`.
 *
 * @example
 * createRoute({ method: 'post', path: '/v1/delegations', middleware: [userOrSecretKeyAuth({ db, signer, clock })] as const, … });
 */
export function userOrSecretKeyAuth({ db, signer, clock }: UserOrSecretKeyAuthOptions) {
  const bySecretKey = secretKeyAuth({ db });
  const byEmbedToken = embedTokenAuth({ db, signer, clock });
  return createMiddleware<UserOrSecretKeyAuthEnv>(async (c, next) => {
    if (bearerToken(c)?.startsWith('sk_')) {
      const keyed = c as unknown as Context<SecretKeyAuthEnv>;
      return bySecretKey(keyed, async () => {
        c.set('caller', { accountId: keyed.var.account.id });
        await next();
      });
    }
    const embedded = c as unknown as Context<EmbedTokenAuthEnv>;
    return byEmbedToken(embedded, async () => {
      c.set('caller', { ...embedded.var.principal });
      await next();
    });
  });
}
