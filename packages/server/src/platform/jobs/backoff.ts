/** Milliseconds to wait before the next attempt, given how many attempts have failed (1, 2, …). */
export type Backoff = (failedAttempts: number) => number;

/**
 * Doubles the wait after each failure: 30 s, 1 min, 2 min… up to `maxMs`.
 *
 * @example
 * exponentialBackoff({ baseMs: 1000 })(3); // 4000
 */
export function exponentialBackoff({ baseMs = 30_000, maxMs = 6 * 60 * 60 * 1000 } = {}): Backoff {
  return (failedAttempts) => Math.min(maxMs, baseMs * 2 ** Math.max(0, failedAttempts - 1));
}
