import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { enrollmentStatuses, type AssigneeRole, type PlanStepType } from '@signport/core';
import { accounts } from './accounts.js';
import { teamContacts, teams } from './teams.js';

/** One step as stored: its type, delay, optional assignee override and content. */
export interface StoredPlanStep {
  id: string;
  type: PlanStepType;
  delayMinutes: number;
  assignee: AssigneeRole | null;
  /** email */
  subject?: string | undefined;
  body?: string | undefined;
  /** sms */
  text?: string | undefined;
  /** task */
  title?: string | undefined;
  notes?: string | undefined;
}

/** A team's sequence of steps; steps are kept in order in one JSON column so an edit is one write. */
export const plans = sqliteTable(
  'plans',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    teamId: text('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    steps: text('steps', { mode: 'json' }).$type<StoredPlanStep[]>().notNull(),
    /** A contact's enrolment pauses when they answer one of the plan's texts. */
    pauseOnReply: integer('pause_on_reply', { mode: 'boolean' }).notNull().default(true),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('plans_account_team_idx').on(table.accountId, table.teamId)],
);

export { enrollmentStatuses };

/**
 * A contact going through a plan. `next_step_index` is the compare-and-set guard that lets a step's
 * effects commit once, whichever worker runs it and however often.
 */
export const planEnrollments = sqliteTable(
  'plan_enrollments',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    planId: text('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    contactId: text('contact_id')
      .notNull()
      .references(() => teamContacts.id, { onDelete: 'cascade' }),
    status: text('status', { enum: enrollmentStatuses }).notNull(),
    nextStepIndex: integer('next_step_index').notNull(),
    nextRunAt: integer('next_run_at', { mode: 'timestamp_ms' }),
    enrolledAt: integer('enrolled_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    index('plan_enrollments_plan_idx').on(table.accountId, table.planId),
    // A contact is in a plan at most once at a time; a finished enrolment does not block a new one.
    uniqueIndex('plan_enrollments_active_idx')
      .on(table.planId, table.contactId)
      .where(sql`status = 'active'`),
  ],
);

export const planEventKinds = [
  'enrolled',
  'unenrolled',
  'email_sent',
  'sms_sent',
  'task_created',
  'email_skipped_over_quota',
  'step_skipped_no_address',
  'completed',
  'sms_reply_received',
  'sms_opted_out',
  'sms_opted_in',
  'sms_held_quiet_hours',
  'paused_on_reply',
  'resumed',
  'email_unsubscribed',
  'email_skipped_unsubscribed',
] as const;
export type PlanEventKind = (typeof planEventKinds)[number];

/** The contact's timeline of plan activity: what each step did and on whose behalf. */
export const planEvents = sqliteTable(
  'plan_events',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    contactId: text('contact_id')
      .notNull()
      .references(() => teamContacts.id, { onDelete: 'cascade' }),
    planId: text('plan_id'),
    enrollmentId: text('enrollment_id'),
    stepIndex: integer('step_index'),
    kind: text('kind', { enum: planEventKinds }).notNull(),
    /** The agent who sent or was assigned the step. */
    agentId: text('agent_id'),
    /** Where replies go: the sending agent. */
    replyToAgentId: text('reply_to_agent_id'),
    note: text('note'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    index('plan_events_contact_idx').on(table.accountId, table.contactId, table.createdAt),
  ],
);
