import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { ownedColumns } from './owned-columns.js';

/** A sender's saved instruction: a reusable message to the parties of a session. */
export const instructions = sqliteTable(
  'instructions',
  {
    ...ownedColumns(),
    title: text('title').notNull(),
    body: text('body').notNull(),
  },
  (table) => [index('instructions_owner_idx').on(table.accountId, table.ownerId, table.createdAt)],
);
