import type { Context } from 'hono';
import { isOriginAllowedForAccount } from '../accounts/is-origin-allowed-for-account.js';
import type { AppEnv } from '../../platform/http/app-env.js';
import type { Database } from '../../platform/db/open-database.js';
import { ApiError } from '../../platform/errors/api-error.js';

/**
 * Returns a check for the portal's CORS rule: a browser request must come from an origin on the
 * allowlist of the account it concerns (known from the body or from a token). Allowed: the response
 * becomes readable by that origin; otherwise 403 `origin_not_allowed`, unreadable cross-origin.
 */
export function authorizePortalOrigin<E extends AppEnv>(
  context: Context<E>,
  db: Database,
): (accountId: string) => Promise<void> {
  const c = context as unknown as Context<AppEnv>;
  return async (accountId) => {
    const origin = c.req.header('Origin');
    if (!origin) return;
    if (!(await isOriginAllowedForAccount(db, accountId, origin))) {
      c.set('corsPolicy', 'none');
      throw new ApiError(
        'origin_not_allowed',
        `This account does not allow the portal on ${origin}.`,
      );
    }
    c.set('corsPolicy', 'account');
  };
}
