import { integer, text } from 'drizzle-orm/sqlite-core';
import { accounts } from './accounts.js';
import { users } from './users.js';

/**
 * The columns of a resource a sender owns and someone (the sender or their assistant) created:
 * contacts, saved instructions, clauses.
 */
export function ownedColumns() {
  return {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    ownerId: text('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdById: text('created_by_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  };
}
