import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { Branding, Locale } from '@signport/core';
import { accounts } from './accounts.js';

/** A host's user (agent, assistant, manager), known by the host's own external id. */
export const users = sqliteTable(
  'users',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    externalId: text('external_id').notNull(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    branding: text('branding', { mode: 'json' }).$type<Branding>().notNull(),
    /** The language of the emails Signport sends them. */
    locale: text('locale').$type<Locale>().notNull().default('en'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [uniqueIndex('users_account_external_id_idx').on(table.accountId, table.externalId)],
);
