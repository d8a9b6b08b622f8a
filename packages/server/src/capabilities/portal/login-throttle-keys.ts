import { createHash } from 'node:crypto';
import type { LoginThrottleKind } from './login-throttle-policy.js';

export type LoginThrottleKeys = Record<LoginThrottleKind, string>;

const hex = (text: string) => createHash('sha256').update(text).digest('hex');

/** The username's own counter; its per-address counters start with it followed by `:`. */
export function usernameThrottleKey(accountId: string, username: string): string {
  return `user:${hex(`${accountId}\n${username.trim().toLowerCase()}`)}`;
}

/**
 * The counters a sign-in attempt moves, whether or not the username exists (so a refusal tells
 * nothing). Stored as hashes: the table never holds a username or an address.
 */
export function loginThrottleKeys({
  accountId,
  username,
  address,
}: {
  accountId: string;
  username: string;
  address: string;
}): LoginThrottleKeys {
  const user = usernameThrottleKey(accountId, username);
  const from = hex(address);
  return { username: user, pair: `${user}:${from}`, address: `address:${from}` };
}
