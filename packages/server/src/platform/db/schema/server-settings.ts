import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Values the server generates once and every instance must share (e.g. the embed token key). */
export const serverSettings = sqliteTable('server_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
