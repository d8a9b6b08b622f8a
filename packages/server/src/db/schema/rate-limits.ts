import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** One fixed-window counter per limited key, shared by every server instance. */
export const rateLimits = sqliteTable('rate_limits', {
  key: text('key').primaryKey(),
  windowStart: integer('window_start').notNull(),
  count: integer('count').notNull(),
});
