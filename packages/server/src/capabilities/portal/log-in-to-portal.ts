import { and, eq } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { portalLogins } from '../../platform/db/schema/index.js';
import type { EmbedTokenSigner } from '../embed-tokens/embed-token-claims.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { assertLoginAllowed } from './assert-login-allowed.js';
import { clearLoginFailures } from './clear-login-failures.js';
import { isKnownDevice } from './is-known-device.js';
import { loginThrottleKeys } from './login-throttle-keys.js';
import { verifyPortalPassword } from './portal-password.js';
import type { PortalSessionTokens } from './portal-session-tokens.js';
import { recordLoginFailure } from './record-login-failure.js';
import { startPortalSession } from './start-portal-session.js';

export interface PortalLoginAttempt {
  accountId: string;
  username: string;
  password: string;
  /** The client address, for the failure counters. */
  address: string;
  /** The refresh cookie the device holds, if any: a device signed in before skips the counters. */
  refreshToken?: string | undefined;
}

/**
 * Signs a client in by username and password. Every refusal (unknown username, wrong password, login
 * not activated, no active client) is the same 401 after the same argon2id work, and counts on the
 * failure counters; while a counter makes the username or address wait, the answer is a 429.
 */
export async function logInToPortal(
  deps: { db: Database; clock: Clock; signer: EmbedTokenSigner },
  { accountId, username, password, address, refreshToken }: PortalLoginAttempt,
): Promise<PortalSessionTokens> {
  const now = deps.clock();
  const [login] = await deps.db
    .select()
    .from(portalLogins)
    .where(and(eq(portalLogins.accountId, accountId), eq(portalLogins.username, username)));
  const keys = loginThrottleKeys({ accountId, username, address });
  const knownDevice =
    login !== undefined &&
    refreshToken !== undefined &&
    (await isKnownDevice(deps.db, { loginId: login.id, refreshToken, now }));
  await assertLoginAllowed(deps.db, knownDevice ? [] : Object.values(keys), now);

  const passwordMatches = await verifyPortalPassword(login?.passwordHash, password);
  const session =
    login && passwordMatches
      ? await startPortalSession(deps, {
          accountId,
          loginId: login.id,
          loginVersion: login.sessionVersion,
          now,
        })
      : undefined;
  if (!session) {
    await recordLoginFailure(deps.db, keys, now);
    throw new ApiError('unauthorized', 'The username or password is not correct.');
  }
  await clearLoginFailures(deps.db, keys);
  return session;
}
