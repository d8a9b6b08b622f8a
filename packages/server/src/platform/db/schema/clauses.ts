import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { ownedColumns } from './owned-columns.js';

/** A sender's reusable block of text, inserted into a document as an addendum. */
export const clauses = sqliteTable(
  'clauses',
  {
    ...ownedColumns(),
    title: text('title').notNull(),
    text: text('text').notNull(),
  },
  (table) => [index('clauses_owner_idx').on(table.accountId, table.ownerId, table.createdAt)],
);
