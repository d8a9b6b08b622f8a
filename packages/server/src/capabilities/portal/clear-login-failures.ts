import { eq, inArray, like, or } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { loginThrottles } from '../../platform/db/schema/index.js';
import { usernameThrottleKey, type LoginThrottleKeys } from './login-throttle-keys.js';

/** After a successful sign-in: the username's failures, from everywhere and from this address. */
export async function clearLoginFailures(db: DbExecutor, keys: LoginThrottleKeys): Promise<void> {
  await db.delete(loginThrottles).where(inArray(loginThrottles.key, [keys.username, keys.pair]));
}

/** After a password was set from an emailed link: every counter of the username, all addresses. */
export async function unlockUsername(
  db: DbExecutor,
  { accountId, username }: { accountId: string; username: string },
): Promise<void> {
  const key = usernameThrottleKey(accountId, username);
  // The key is `user:` and hex digits only, so it holds no LIKE wildcard.
  await db
    .delete(loginThrottles)
    .where(or(eq(loginThrottles.key, key), like(loginThrottles.key, `${key}:%`)));
}
