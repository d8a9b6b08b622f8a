import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { accounts } from './accounts.js';
import { teamContacts } from './teams.js';
import { taskReasons, type TaskReason } from '@signport/core';
import { users } from './users.js';

export { taskReasons, type TaskReason };

/** Work for one agent: a plan's task step, or a text to send outside the system. */
export const tasks = sqliteTable(
  'tasks',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    assigneeId: text('assignee_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    contactId: text('contact_id').references(() => teamContacts.id, { onDelete: 'set null' }),
    planId: text('plan_id'),
    title: text('title').notNull(),
    notes: text('notes'),
    reason: text('reason', { enum: taskReasons }).notNull(),
    /** The step or send that created it; unique so a repeated run creates no second task. */
    sourceKey: text('source_key').notNull(),
    dueAt: integer('due_at', { mode: 'timestamp_ms' }),
    completedAt: integer('completed_at', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    uniqueIndex('tasks_source_idx').on(table.accountId, table.sourceKey),
    index('tasks_assignee_idx').on(table.accountId, table.assigneeId, table.completedAt),
  ],
);
