import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { accounts } from './accounts.js';
import { templates } from './templates.js';

/**
 * A template published as a public web form. One row per template: unpublishing keeps the slug, so
 * publishing again revives the same address rather than breaking links already shared.
 */
export const templateForms = sqliteTable('template_forms', {
  id: text('id').primaryKey(),
  accountId: text('account_id')
    .notNull()
    .references(() => accounts.id, { onDelete: 'cascade' }),
  templateId: text('template_id')
    .notNull()
    .unique()
    .references(() => templates.id, { onDelete: 'cascade' }),
  slug: text('slug').notNull().unique(),
  /** Null while unpublished. */
  publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
});
