import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { accounts } from './accounts.js';

/** Where the account's emailed portal links land: the host's page with `{token}`, or the hosted one. */
export const accountPortalSettings = sqliteTable('account_portal_settings', {
  accountId: text('account_id')
    .primaryKey()
    .references(() => accounts.id, { onDelete: 'cascade' }),
  portalUrl: text('portal_url'),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
});
