import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { accounts } from './accounts.js';

export const idempotencyStates = ['in_progress', 'completed'] as const;

/**
 * `Idempotency-Key`s seen in the last 24 hours, per caller. The key itself is never stored: the id is
 * a hash of caller and key, and the response is sealed with a key derived from both.
 */
export const idempotencyKeys = sqliteTable(
  'idempotency_keys',
  {
    id: text('id').primaryKey(),
    /** Null only for a caller known by its portal refresh cookie alone. */
    accountId: text('account_id').references(() => accounts.id, { onDelete: 'cascade' }),
    requestHash: text('request_hash').notNull(),
    state: text('state', { enum: idempotencyStates }).notNull(),
    /** While in progress: after this, the first request is taken for dead and the key is free again. */
    lockedUntil: integer('locked_until', { mode: 'timestamp_ms' }).notNull(),
    /** The sealed status, headers and body to replay. */
    sealedResponse: text('sealed_response'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('idempotency_keys_expires_idx').on(table.expiresAt)],
);
