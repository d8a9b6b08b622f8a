import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { and, eq, gt, lte, min, sql } from 'drizzle-orm';
import type { AppEnv } from '../platform/http/app-env.js';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Database } from '../platform/db/open-database.js';
import { rateLimitHits } from '../platform/db/schema/index.js';
import { tooManyAttempts } from '../platform/errors/too-many-attempts.js';

export interface RateLimitOptions {
  db: Database;
  /** Names the limited action so that separate limits never share a counter, e.g. `portal-login`. */
  scope: string;
  /** Requests allowed in any span of `windowSeconds`, per key. */
  limit: number;
  windowSeconds: number;
  /** Who is limited: usually the client address, maybe with the username tried. */
  key(c: Context<AppEnv>): string | Promise<string>;
  clock?: Clock;
}

/**
 * Sliding-window rate limit kept in the database, so the limit holds across every server instance:
 * no span of `windowSeconds` lets more than `limit` requests through, wherever it starts on the clock
 * (a fixed per-minute window would let twice the limit through around the turn of a minute).
 * Over the limit: 429 `rate_limited` with `Retry-After` (seconds until the oldest request leaves).
 *
 * @example
 * app.post('/v1/portal/login',
 *   rateLimit({ db, scope: 'portal-login', limit: 30, windowSeconds: 60, key: (c) => clientAddress(c, config) }),
 *   handler);
 */
export function rateLimit({
  db,
  scope,
  limit,
  windowSeconds,
  key,
  clock = systemClock,
}: RateLimitOptions) {
  const windowMs = windowSeconds * 1000;
  return createMiddleware<AppEnv>(async (c, next) => {
    const now = clock().getTime();
    const hitKey = `${scope}:${await key(c)}`;
    await db.delete(rateLimitHits).where(lte(rateLimitHits.expiresAt, now));
    // Counting and recording in one statement: SQLite runs it under its write lock, so concurrent
    // instances never both take the last place. A refused request records nothing.
    const admitted = await db.all(sql`
      insert into ${rateLimitHits} (${sql.identifier('key')}, ${sql.identifier('expires_at')})
      select ${hitKey}, ${now + windowMs}
      where (select count(*) from ${rateLimitHits}
             where ${rateLimitHits.key} = ${hitKey} and ${rateLimitHits.expiresAt} > ${now}) < ${limit}
      returning 1`);
    if (admitted.length === 0) {
      const [oldest] = await db
        .select({ expiresAt: min(rateLimitHits.expiresAt) })
        .from(rateLimitHits)
        .where(and(eq(rateLimitHits.key, hitKey), gt(rateLimitHits.expiresAt, now)));
      throw tooManyAttempts((oldest?.expiresAt ?? now) - now);
    }
    await next();
  });
}
