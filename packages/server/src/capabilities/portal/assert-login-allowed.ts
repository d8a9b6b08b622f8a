import { inArray } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { loginThrottles } from '../../platform/db/schema/index.js';
import { tooManyAttempts } from '../../platform/errors/too-many-attempts.js';

/**
 * Refuses a sign-in attempt (429 with `Retry-After`) while any of its counters makes it wait, before
 * the password is checked: a waiting attempt tests no password, and is not counted as a failure.
 */
export async function assertLoginAllowed(db: DbExecutor, keys: string[], now: Date): Promise<void> {
  if (keys.length === 0) return;
  const rows = await db
    .select({ blockedUntil: loginThrottles.blockedUntil })
    .from(loginThrottles)
    .where(inArray(loginThrottles.key, keys));
  const until = Math.max(0, ...rows.map((row) => row.blockedUntil));
  if (until > now.getTime()) throw tooManyAttempts(until - now.getTime());
}
