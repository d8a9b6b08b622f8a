import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { ownedColumns } from './owned-columns.js';

/** A sender's address book entry. */
export const contacts = sqliteTable(
  'contacts',
  {
    ...ownedColumns(),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    notes: text('notes'),
  },
  (table) => [index('contacts_owner_idx').on(table.accountId, table.ownerId, table.createdAt)],
);
