import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { accounts } from './accounts.js';
import { users } from './users.js';

/** What an agent bought: a higher email limit and/or an SMS number with monthly credits. */
export const agentSubscriptions = sqliteTable('agent_subscriptions', {
  userId: text('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  accountId: text('account_id')
    .notNull()
    .references(() => accounts.id, { onDelete: 'cascade' }),
  /** Null: the standard monthly email credits. */
  emailMonthlyLimit: integer('email_monthly_limit'),
  /** Null: no SMS subscription. */
  smsNumber: text('sms_number'),
  smsMonthlyCredits: integer('sms_monthly_credits').notNull().default(0),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
});

/** Credits an agent used in one calendar month (`yyyy-mm`, UTC); a new month starts at zero. */
export const agentUsage = sqliteTable(
  'agent_usage',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    month: text('month').notNull(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    emailsSent: integer('emails_sent').notNull().default(0),
    smsSent: integer('sms_sent').notNull().default(0),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.month] }),
    index('agent_usage_account_month_idx').on(table.accountId, table.month),
  ],
);

export const agentSendOutcomes = ['sent', 'skipped_over_quota', 'task'] as const;

/**
 * Every message sent (or not) on an agent's behalf, once per idempotency key: the record of who was
 * charged and where replies go.
 */
export const agentSends = sqliteTable(
  'agent_sends',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    idempotencyKey: text('idempotency_key').notNull(),
    channel: text('channel', { enum: ['email', 'sms'] }).notNull(),
    agentId: text('agent_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    replyToAgentId: text('reply_to_agent_id'),
    outcome: text('outcome', { enum: agentSendOutcomes }).notNull(),
    /** The delivery job (email) or SMS message, or the task created instead. */
    reference: text('reference'),
    /** Why nothing was sent: the quota note, or the reason a text became a task. */
    detail: text('detail'),
    month: text('month').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [uniqueIndex('agent_sends_key_idx').on(table.accountId, table.idempotencyKey)],
);
