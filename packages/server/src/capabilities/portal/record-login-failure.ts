import { eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { loginThrottles } from '../../platform/db/schema/index.js';
import type { LoginThrottleKeys } from './login-throttle-keys.js';
import {
  LOGIN_FAILURES_FORGOTTEN_AFTER_MS,
  loginDelayMs,
  loginThrottlePolicies,
  type LoginThrottleKind,
} from './login-throttle-policy.js';

/** Counts one failed sign-in on each counter and sets how long the next attempt waits. */
export async function recordLoginFailure(
  db: DbExecutor,
  keys: LoginThrottleKeys,
  now: Date,
): Promise<void> {
  const at = now.getTime();
  for (const [kind, key] of Object.entries(keys) as [LoginThrottleKind, string][]) {
    // Counting in one upsert keeps concurrent failures from different instances from being lost.
    const [counted] = await db
      .insert(loginThrottles)
      .values({ key, failures: 1, blockedUntil: 0, lastFailureAt: at })
      .onConflictDoUpdate({
        target: loginThrottles.key,
        set: {
          failures: sql`case when ${loginThrottles.lastFailureAt} < ${at - LOGIN_FAILURES_FORGOTTEN_AFTER_MS} then 1 else ${loginThrottles.failures} + 1 end`,
          lastFailureAt: at,
        },
      })
      .returning({ failures: loginThrottles.failures });
    const delay = loginDelayMs(counted?.failures ?? 1, loginThrottlePolicies[kind]);
    if (delay > 0) {
      await db
        .update(loginThrottles)
        .set({ blockedUntil: sql`max(${loginThrottles.blockedUntil}, ${at + delay})` })
        .where(eq(loginThrottles.key, key));
    }
  }
}
