/** How many failed sign-ins a counter forgives, and how long it then makes the next attempt wait. */
export interface LoginThrottlePolicy {
  freeFailures: number;
  firstDelayMs: number;
  maxDelayMs: number;
}

const MINUTE = 60_000;

/**
 * The three counters of failed sign-ins (see docs/client-portal.md, "Lockouts"): one username from
 * one address is slowed soon; one username from everywhere, or one address across usernames, later.
 */
export const loginThrottlePolicies = {
  pair: { freeFailures: 5, firstDelayMs: 1000, maxDelayMs: 15 * MINUTE },
  username: { freeFailures: 20, firstDelayMs: 1000, maxDelayMs: 15 * MINUTE },
  address: { freeFailures: 100, firstDelayMs: 1000, maxDelayMs: 15 * MINUTE },
} as const satisfies Record<string, LoginThrottlePolicy>;

export type LoginThrottleKind = keyof typeof loginThrottlePolicies;

/** A counter with no failure for this long starts again from zero. */
export const LOGIN_FAILURES_FORGOTTEN_AFTER_MS = 24 * 60 * MINUTE;

/** The wait after the `failures`-th failure in a row: none, then doubling up to the cap. */
export function loginDelayMs(failures: number, policy: LoginThrottlePolicy): number {
  if (failures < policy.freeFailures) return 0;
  const doublings = Math.min(failures - policy.freeFailures, 30);
  return Math.min(policy.firstDelayMs * 2 ** doublings, policy.maxDelayMs);
}
