import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { sql } from 'drizzle-orm';
import type { AppEnv } from '../app-env.js';
import { systemClock, type Clock } from '../clock.js';
import type { Database } from '../db/open-database.js';
import { rateLimits } from '../db/schema/index.js';
import { ApiError } from '../errors/api-error.js';

export interface RateLimitOptions {
  db: Database;
  /** Names the limited action so that separate limits never share a counter, e.g. `portal-login`. */
  scope: string;
  /** Requests allowed per window and key. */
  limit: number;
  windowSeconds: number;
  /** Who is limited: usually the client address, maybe with the username tried. */
  key(c: Context<AppEnv>): string | Promise<string>;
  clock?: Clock;
}

/**
 * Fixed-window rate limit kept in the database, so the limit holds across every server instance.
 * Over the limit: 429 `rate_limited` with `Retry-After` (seconds until the window resets).
 *
 * @example
 * app.post('/v1/portal/login',
 *   rateLimit({ db, scope: 'portal-login', limit: 10, windowSeconds: 60, key: (c) => clientAddress(c, config) }),
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
    const windowStart = now - (now % windowMs);
    const counterKey = `${scope}:${await key(c)}`;
    // One statement increments or restarts the window, so concurrent instances never lose a count.
    const [counter] = await db
      .insert(rateLimits)
      .values({ key: counterKey, windowStart, count: 1 })
      .onConflictDoUpdate({
        target: rateLimits.key,
        set: {
          count: sql`case when ${rateLimits.windowStart} = excluded.window_start then ${rateLimits.count} + 1 else 1 end`,
          windowStart: sql`excluded.window_start`,
        },
      })
      .returning({ count: rateLimits.count });
    if ((counter?.count ?? 0) > limit) {
      const retryAfter = Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000));
      throw new ApiError(
        429,
        'rate_limited',
        `Too many attempts. Try again in ${retryAfter} seconds.`,
        undefined,
        {
          'Retry-After': String(retryAfter),
        },
      );
    }
    await next();
  });
}
