import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { eq, sql } from 'drizzle-orm';
import type { AppEnv } from '../app-env.js';
import { systemClock, type Clock } from '../clock.js';
import type { Database } from '../db/open-database.js';
import { rateLimitBuckets } from '../db/schema/index.js';
import { ApiError } from '../errors/api-error.js';

export interface RateLimitOptions {
  db: Database;
  /** Names the limited action so that separate limits never share a counter, e.g. `portal-login`. */
  scope: string;
  /** Requests allowed per period and key (also the largest burst). */
  limit: number;
  /** The period, in seconds: `limit` requests per `windowSeconds`, spread or at once. */
  windowSeconds: number;
  /** Who is limited: usually the client address, maybe with the username tried. */
  key(c: Context<AppEnv>): string | Promise<string>;
  clock?: Clock;
}

/**
 * Rate limit by GCRA (a token bucket kept as one timestamp per key) in the database, so the limit
 * holds across every server instance and has no window boundary to burst across: any `windowSeconds`
 * span admits at most `limit` requests, then one more every `windowSeconds / limit`.
 * Over the limit: 429 `rate_limited` with `Retry-After` (seconds until one more is allowed).
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
  const periodMs = windowSeconds * 1000;
  const intervalMs = periodMs / limit;
  return createMiddleware<AppEnv>(async (c, next) => {
    const now = clock().getTime();
    const bucketKey = `${scope}:${await key(c)}`;
    const nextTat = sql`max(${rateLimitBuckets.tat}, ${now}) + ${intervalMs}`;
    // One guarded upsert admits the request and moves the bucket on, so concurrent instances never
    // both take the last place; a refused request leaves the bucket as it was.
    const [admitted] = await db
      .insert(rateLimitBuckets)
      .values({ key: bucketKey, tat: now + intervalMs })
      .onConflictDoUpdate({
        target: rateLimitBuckets.key,
        set: { tat: nextTat },
        setWhere: sql`${nextTat} - ${now} <= ${periodMs}`,
      })
      .returning({ tat: rateLimitBuckets.tat });
    if (!admitted) {
      const [bucket] = await db
        .select({ tat: rateLimitBuckets.tat })
        .from(rateLimitBuckets)
        .where(eq(rateLimitBuckets.key, bucketKey));
      const waitMs = (bucket?.tat ?? now) + intervalMs - periodMs - now;
      const retryAfter = Math.max(1, Math.ceil(waitMs / 1000));
      throw new ApiError(
        429,
        'rate_limited',
        `Too many attempts. Try again in ${retryAfter} seconds.`,
        undefined,
        { 'Retry-After': String(retryAfter) },
      );
    }
    await next();
  });
}
