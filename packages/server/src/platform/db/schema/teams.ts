import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { PlanDefaults, TeamPermission, TeamRole } from '@signport/core';
import { teamPermissions, teamRoles } from '@signport/core';
import { accounts } from './accounts.js';
import { users } from './users.js';

/** A team of agents that runs plans together; its plan defaults say who carries each step type. */
export const teams = sqliteTable(
  'teams',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    planDefaults: text('plan_defaults', { mode: 'json' }).$type<PlanDefaults>().notNull(),
    /** Texts go out only between these local times (`HH:MM`) in this zone; both null: any time. */
    smsTimeZone: text('sms_time_zone').notNull().default('UTC'),
    smsWindowStart: text('sms_window_start').default('08:00'),
    smsWindowEnd: text('sms_window_end').default('21:00'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('teams_account_idx').on(table.accountId)],
);

/** A user's place in a team: exactly one rainmaker per team, and a permission level each. */
export const teamMembers = sqliteTable(
  'team_members',
  {
    teamId: text('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    teamRole: text('team_role', { enum: teamRoles }).$type<TeamRole>().notNull(),
    permission: text('permission', { enum: teamPermissions }).$type<TeamPermission>().notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.teamId, table.userId] }),
    index('team_members_user_idx').on(table.accountId, table.userId),
  ],
);

/** A contact a team's plans work on, with the team member who is its primary assignee. */
export const teamContacts = sqliteTable(
  'team_contacts',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    teamId: text('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    assigneeId: text('assignee_id').references(() => users.id, { onDelete: 'set null' }),
    /** Set when the contact texted STOP (or the like): their SMS steps become tasks. */
    smsOptedOutAt: integer('sms_opted_out_at', { mode: 'timestamp_ms' }),
    /** Set when the contact used a plan email's unsubscribe link: their email steps are skipped. */
    emailUnsubscribedAt: integer('email_unsubscribed_at', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('team_contacts_team_idx').on(table.accountId, table.teamId)],
);
