import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { DelegationScope } from '@signport/core';
import { accounts } from './accounts.js';
import { users } from './users.js';

/** An assistant may act for a principal within `scopes` until the delegation is revoked. */
export const delegations = sqliteTable(
  'delegations',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    principalId: text('principal_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    assistantId: text('assistant_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    scopes: text('scopes', { mode: 'json' }).$type<DelegationScope[]>().notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
  },
  (table) => [
    // One active delegation per pair, so two grants racing cannot both land.
    uniqueIndex('delegations_active_pair_idx')
      .on(table.accountId, table.principalId, table.assistantId)
      .where(sql`revoked_at is null`),
    index('delegations_assistant_idx').on(table.accountId, table.assistantId),
  ],
);
