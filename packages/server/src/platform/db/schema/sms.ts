import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { accounts } from './accounts.js';
import { teamContacts } from './teams.js';
import { users } from './users.js';

export const smsStatuses = ['queued', 'sending', 'sent', 'failed', 'unconfirmed'] as const;
export type SmsStatus = (typeof smsStatuses)[number];

/**
 * Every text message to deliver. `sending` is written before the provider is called, so a worker that
 * dies mid-call leaves a mark: the next attempt records `unconfirmed` instead of texting twice.
 */
export const smsMessages = sqliteTable(
  'sms_messages',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    /** The agent whose number sends it and who receives the replies. */
    agentId: text('agent_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    from: text('from').notNull(),
    to: text('to').notNull(),
    body: text('body').notNull(),
    /** The team contact and plan it was sent for: where a reply to it belongs. */
    contactId: text('contact_id'),
    planId: text('plan_id'),
    status: text('status', { enum: smsStatuses }).notNull(),
    provider: text('provider'),
    providerMessageId: text('provider_message_id'),
    lastError: text('last_error'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    index('sms_messages_account_idx').on(table.accountId, table.createdAt),
    index('sms_messages_conversation_idx').on(table.from, table.to, table.createdAt),
  ],
);

/**
 * Texts a contact sent back to an agent's number, matched to the conversation they answer. The
 * provider's message id is unique, so a webhook delivered twice is recorded once.
 */
export const smsReplies = sqliteTable('sms_replies', {
  id: text('id').primaryKey(),
  accountId: text('account_id')
    .notNull()
    .references(() => accounts.id, { onDelete: 'cascade' }),
  /** The agent whose text was answered: they are told. */
  agentId: text('agent_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  contactId: text('contact_id').references(() => teamContacts.id, { onDelete: 'set null' }),
  from: text('from').notNull(),
  to: text('to').notNull(),
  body: text('body').notNull(),
  providerMessageId: text('provider_message_id').notNull().unique(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

/** Texts kept instead of sent when no SMS provider is configured; shown at /dev/mailbox/sms. */
export const outboxSms = sqliteTable(
  'outbox_sms',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').references(() => accounts.id, { onDelete: 'cascade' }),
    /** Unique, so a message handed over twice is stored once. */
    messageId: text('message_id')
      .notNull()
      .unique()
      .references(() => smsMessages.id, { onDelete: 'cascade' }),
    from: text('from').notNull(),
    to: text('to').notNull(),
    body: text('body').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('outbox_sms_created_idx').on(table.createdAt)],
);
