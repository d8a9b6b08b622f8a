import type { Context } from 'hono';
import { isOriginAllowedForAccount } from '../accounts/is-origin-allowed-for-account.js';
import type { AppEnv } from '../../platform/http/app-env.js';
import type { Database } from '../../platform/db/open-database.js';
import { ApiError } from '../../platform/errors/api-error.js';

/**
 * A public form answers a browser only on its account's allowed origins (or the server's own hosted
 * page): another site cannot embed it. Requests without `Origin` (server to server, curl) pass.
 */
export async function allowFormOrigin(
  c: Context<AppEnv>,
  deps: { db: Database; ownOrigin: string },
  accountId: string,
): Promise<void> {
  const origin = c.req.header('Origin');
  if (!origin) return;
  if (origin !== deps.ownOrigin && !(await isOriginAllowedForAccount(deps.db, accountId, origin))) {
    c.set('corsPolicy', 'none');
    throw new ApiError('origin_not_allowed', `This form cannot be used on ${origin}.`);
  }
  c.set('corsPolicy', 'account');
}
