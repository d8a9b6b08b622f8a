import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** A tenant: an MLS, brokerage or property manager embedding Signport. */
export const accounts = sqliteTable('accounts', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** The answer to a contact who texts HELP; null: a default naming the account. */
  smsHelpText: text('sms_help_text'),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

/** API secret keys, stored only as SHA-256 hashes; the prefix is kept so people can tell keys apart. */
export const apiKeys = sqliteTable(
  'api_keys',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    keyHash: text('key_hash').notNull().unique(),
    displayPrefix: text('display_prefix').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
  },
  (table) => [index('api_keys_account_idx').on(table.accountId)],
);

/** Origins (`scheme://host[:port]`) allowed to embed the elements and call the API from a browser. */
export const accountOrigins = sqliteTable(
  'account_origins',
  {
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    origin: text('origin').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.accountId, table.origin] }),
    index('account_origins_origin_idx').on(table.origin),
  ],
);
