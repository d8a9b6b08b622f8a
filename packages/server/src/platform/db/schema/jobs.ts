import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { accounts } from './accounts.js';

export const jobStatuses = ['pending', 'running', 'succeeded', 'failed'] as const;
export type JobStatus = (typeof jobStatuses)[number];

/** Durable work (deliveries, reminders, expiry…) claimed by any server instance through a lease. */
export const jobs = sqliteTable(
  'jobs',
  {
    id: text('id').primaryKey(),
    /** The account the work is done for, when there is one. */
    accountId: text('account_id').references(() => accounts.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    payload: text('payload', { mode: 'json' }).$type<unknown>().notNull(),
    status: text('status', { enum: jobStatuses }).notNull().default('pending'),
    runAt: integer('run_at', { mode: 'timestamp_ms' }).notNull(),
    /** Higher is claimed first among due jobs, e.g. an email someone is waiting for. */
    priority: integer('priority').notNull().default(0),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull(),
    leaseOwner: text('lease_owner'),
    leaseUntil: integer('lease_until', { mode: 'timestamp_ms' }),
    idempotencyKey: text('idempotency_key').unique(),
    lastError: text('last_error'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('jobs_due_idx').on(table.status, table.runAt)],
);
