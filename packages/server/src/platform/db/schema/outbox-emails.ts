import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { accounts } from './accounts.js';
import { jobs } from './jobs.js';

/** Emails kept instead of sent when no SMTP server is configured; shown by the dev mailbox. */
export const outboxEmails = sqliteTable(
  'outbox_emails',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').references(() => accounts.id, { onDelete: 'cascade' }),
    /** The delivery job; unique so a retried job never stores the message twice. */
    jobId: text('job_id')
      .unique()
      .references(() => jobs.id, { onDelete: 'set null' }),
    from: text('from').notNull(),
    replyTo: text('reply_to'),
    to: text('to', { mode: 'json' }).$type<string[]>().notNull(),
    cc: text('cc', { mode: 'json' }).$type<string[]>().notNull(),
    bcc: text('bcc', { mode: 'json' }).$type<string[]>().notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html'),
    attachments: text('attachments', { mode: 'json' })
      .$type<Array<{ filename: string; contentType: string; blobId: string; size: number }>>()
      .notNull()
      .default([]),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('outbox_emails_created_idx').on(table.createdAt)],
);
