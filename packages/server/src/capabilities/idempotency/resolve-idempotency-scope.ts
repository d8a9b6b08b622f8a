import type { Context } from 'hono';
import { findAccountBySecretKey } from '../accounts/find-account-by-secret-key.js';
import { hashSecretKey } from '../accounts/hash-secret-key.js';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import type { EmbedTokenSigner } from '../embed-tokens/embed-token-claims.js';
import { verifyEmbedToken } from '../embed-tokens/verify-embed-token.js';
import { bearerToken } from '../../platform/http/bearer-token.js';
import { findPartyLink } from '../party/find-party-link.js';
import { verifyPortalAccessToken } from '../portal/portal-access-token.js';
import { readRefreshCookie } from '../portal/refresh-cookie.js';

/** Whose keys these are: one account's principal, never a claim the server did not verify. */
export interface IdempotencyScope {
  accountId: string | null;
  /** E.g. `account`, `user:usr_…`, `party:pty_…`, `portal-login:plg_…`. */
  principal: string;
}

/**
 * Verifies the caller's credential the way its route will, to scope `Idempotency-Key`s to the
 * account and principal, so a key replays only to the caller who sent it: a user keeps their keys
 * across embed-token refreshes, and no one gets another tenant's response. Undefined without a
 * valid credential: such requests are not deduplicated (the route refuses them or is public).
 */
export async function resolveIdempotencyScope(
  c: Context,
  deps: { db: Database; signer: EmbedTokenSigner; clock: Clock },
): Promise<IdempotencyScope | undefined> {
  const token = bearerToken(c);
  if (!token) {
    const refreshToken = readRefreshCookie(c);
    if (!refreshToken) return undefined;
    // Only the refresh call reads this cookie, and it rotates: its hash names the caller.
    return { accountId: null, principal: `refresh-token:${hashSecretKey(refreshToken)}` };
  }
  if (token.startsWith('sk_')) {
    const account = await findAccountBySecretKey(deps.db, token);
    return account && { accountId: account.id, principal: 'account' };
  }
  if (token.split('.').length === 3) {
    const principal = await verifyEmbedToken(deps, token).catch(() => undefined);
    if (principal) return { accountId: principal.accountId, principal: `user:${principal.userId}` };
    const portal = await verifyPortalAccessToken(deps.signer, token, deps.clock()).catch(
      () => undefined,
    );
    return portal && { accountId: portal.accountId, principal: `portal-login:${portal.loginId}` };
  }
  const link = await findPartyLink(deps.db, token, deps.clock());
  return link.status === 'valid'
    ? { accountId: link.accountId, principal: `party:${link.partyId}` }
    : undefined;
}
