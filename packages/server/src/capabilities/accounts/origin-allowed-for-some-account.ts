import { eq } from 'drizzle-orm';
import { systemClock, type Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { accountOrigins } from '../../platform/db/schema/index.js';

export interface OriginCheckOptions {
  /** How long an answer is reused; preflights come often and origin changes are rare. */
  ttlMs?: number;
  /** Bounds memory against floods of made-up Origin headers. */
  maxEntries?: number;
  clock?: Clock;
}

/**
 * Builds the preflight check: is this origin on any account's allowlist? Answers are cached briefly.
 *
 * @example
 * const isOriginAllowed = originAllowedForSomeAccount(db, { ttlMs: 30_000 });
 * await isOriginAllowed('https://www.shoreline.test'); // true | false
 */
export function originAllowedForSomeAccount(
  db: Database,
  { ttlMs = 30_000, maxEntries = 1000, clock = systemClock }: OriginCheckOptions = {},
): (origin: string) => Promise<boolean> {
  const cache = new Map<string, { allowed: boolean; expiresAt: number }>();
  return async (origin) => {
    const now = clock().getTime();
    const cached = cache.get(origin);
    if (cached && cached.expiresAt > now) return cached.allowed;
    const [row] = await db
      .select({ origin: accountOrigins.origin })
      .from(accountOrigins)
      .where(eq(accountOrigins.origin, origin))
      .limit(1);
    if (cache.size >= maxEntries) cache.clear();
    cache.set(origin, { allowed: row !== undefined, expiresAt: now + ttlMs });
    return row !== undefined;
  };
}
