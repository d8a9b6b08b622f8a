import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * One GCRA bucket per limited key, shared by every server instance: `tat` is the theoretical
 * arrival time (ms) of the next request; the bucket is full while it lies more than the period ahead.
 */
export const rateLimitBuckets = sqliteTable('rate_limit_buckets', {
  key: text('key').primaryKey(),
  tat: integer('tat').notNull(),
});

/**
 * Failed sign-ins per username, per address, and per both: how many in a row, and until when the
 * next attempt is refused unchecked (a progressive delay). Keyed by hashes, never by usernames.
 */
export const loginThrottles = sqliteTable('login_throttles', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  blockedUntil: integer('blocked_until').notNull(),
  lastFailureAt: integer('last_failure_at').notNull(),
});
