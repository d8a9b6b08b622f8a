/** Attempts per delivery before it is marked failed. */
export const WEBHOOK_MAX_ATTEMPTS = 8;

/**
 * Milliseconds before attempt `failedAttempts + 1`: 30 s, 2 min, 8 min, 32 min, ~2 h, ~8.5 h, 12 h,
 * so that the eight attempts span about a day before a delivery is given up.
 */
export function webhookRetryDelay(failedAttempts: number): number {
  return Math.min(12 * 60 * 60_000, 30_000 * 4 ** Math.max(0, failedAttempts - 1));
}
