import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The requests each limited key was let through, each kept until it leaves the sliding window: a
 * key is over its limit while it has that many unexpired rows. Shared by every server instance.
 */
export const rateLimitHits = sqliteTable(
  'rate_limit_hits',
  {
    key: text('key').notNull(),
    expiresAt: integer('expires_at').notNull(),
  },
  (table) => [
    index('rate_limit_hits_key_idx').on(table.key, table.expiresAt),
    index('rate_limit_hits_expiry_idx').on(table.expiresAt),
  ],
);

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
