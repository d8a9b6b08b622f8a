import { z } from 'zod';
import { singleLineText, multiLineText } from './text.js';
import {
  assigneeRoles,
  planStepTypes,
  teamPermissions,
  teamRoles,
} from '../rules/plan-assignee.js';
import { Id, PageQuery, Timestamp, UserRef, issueAt, orNull, pageOf } from './common.js';

export const enrollmentStatuses = ['active', 'paused', 'completed', 'cancelled'] as const;
export const taskReasons = [
  'plan_task',
  'no_sms_subscription',
  'no_sms_credits',
  'sms_opted_out',
] as const;
export type TaskReason = (typeof taskReasons)[number];

export const PlanStepTypeSchema = z.enum(planStepTypes).meta({ id: 'PlanStepType' });
export const AssigneeRoleSchema = z.enum(assigneeRoles).meta({
  id: 'AssigneeRole',
  description: 'Who sends or is assigned a step: the team’s rainmaker or the contact’s assignee',
});
export const TeamRoleSchema = z.enum(teamRoles).meta({ id: 'TeamRole' });
export const TeamPermissionSchema = z.enum(teamPermissions).meta({ id: 'TeamPermission' });

/** `GET|PUT /v1/teams/{id}/plan-defaults`: the designated agent per step type. */
export const PlanDefaultsSchema = z
  .object({ task: AssigneeRoleSchema, email: AssigneeRoleSchema, sms: AssigneeRoleSchema })
  .meta({ id: 'PlanDefaults' });

/** A step waits `delayMinutes` after the previous one (or the enrolment); a year at most. */
const stepBase = {
  delayMinutes: z.int().min(0).max(525_600),
  assignee: orNull(AssigneeRoleSchema)
    .default(null)
    .meta({ description: 'Overrides the team default for this step; null follows the default' }),
};

export const PlanStepInput = z
  .discriminatedUnion('type', [
    z.object({
      type: z.literal('email'),
      ...stepBase,
      subject: singleLineText().trim().min(1).max(200),
      body: multiLineText().trim().min(1).max(20_000),
    }),
    z.object({
      type: z.literal('sms'),
      ...stepBase,
      text: multiLineText().trim().min(1).max(1600),
    }),
    z.object({
      type: z.literal('task'),
      ...stepBase,
      title: singleLineText().trim().min(1).max(200),
      notes: multiLineText().max(5000).optional(),
    }),
  ])
  .meta({ id: 'PlanStepInput' });
export type PlanStepInput = z.input<typeof PlanStepInput>;

const planShape = {
  name: singleLineText().trim().min(1).max(200),
  steps: z.array(PlanStepInput).min(1).max(100),
  pauseOnReply: z.boolean().default(true).meta({
    description: 'Pause a contact’s enrolment when they answer one of the plan’s texts',
  }),
};

export const CreatePlanRequest = z
  .object({ teamId: Id, ...planShape })
  .meta({ id: 'CreatePlanRequest' });
export type CreatePlanRequest = z.input<typeof CreatePlanRequest>;

export const UpdatePlanRequest = z.object(planShape).meta({ id: 'UpdatePlanRequest' });
export type UpdatePlanRequest = z.input<typeof UpdatePlanRequest>;

export const Plan = z
  .object({
    id: singleLineText(),
    teamId: singleLineText(),
    name: singleLineText(),
    steps: z.array(
      z.intersection(PlanStepInput, z.object({ id: singleLineText(), position: z.int() })),
    ),
    pauseOnReply: z.boolean(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Plan' });
export type Plan = z.infer<typeof Plan>;

export const PlanList = pageOf(Plan).meta({ id: 'PlanList' });
export type PlanList = z.infer<typeof PlanList>;

export const EnrollContactsRequest = z
  .object({ contactIds: z.array(Id).min(1).max(500).meta({ uniqueItems: true }) })
  .superRefine((request, ctx) => {
    if (new Set(request.contactIds).size !== request.contactIds.length) {
      issueAt(ctx, ['contactIds'], 'List each contact once');
    }
  })
  .meta({ id: 'EnrollContactsRequest' });
export type EnrollContactsRequest = z.infer<typeof EnrollContactsRequest>;

export const Enrollment = z
  .object({
    id: singleLineText(),
    planId: singleLineText(),
    contactId: singleLineText(),
    status: z.enum(enrollmentStatuses).meta({
      description: '`paused`: the contact replied to a text of a plan that pauses on reply',
    }),
    nextStepIndex: z.int(),
    nextRunAt: Timestamp.nullable(),
    enrolledAt: Timestamp,
  })
  .meta({ id: 'Enrollment' });
export type Enrollment = z.infer<typeof Enrollment>;

export const EnrollmentList = z
  .object({ items: z.array(Enrollment) })
  .meta({ id: 'EnrollmentList' });
export type EnrollmentList = z.infer<typeof EnrollmentList>;

export const UsageQuery = z
  .object({
    month: singleLineText()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Use yyyy-mm')
      .optional(),
  })
  .meta({ id: 'UsageQuery' });
export type UsageQuery = z.infer<typeof UsageQuery>;

export const AgentUsageReport = z
  .object({
    agent: UserRef,
    email: z.object({ used: z.int(), limit: z.int(), remaining: z.int() }),
    sms: z.object({ subscribed: z.boolean(), used: z.int(), remaining: z.int() }),
  })
  .meta({ id: 'AgentUsageReport' });
export type AgentUsageReport = z.infer<typeof AgentUsageReport>;

/** `GET /v1/usage`: credits used and left per agent for one calendar month (UTC). */
export const UsageReport = z
  .object({ month: singleLineText(), agents: z.array(AgentUsageReport) })
  .meta({ id: 'UsageReport' });
export type UsageReport = z.infer<typeof UsageReport>;

export const Task = z
  .object({
    id: singleLineText(),
    assignee: UserRef,
    contactId: singleLineText().nullable(),
    contactName: singleLineText().nullable().meta({ description: 'The team contact’s name' }),
    title: singleLineText(),
    notes: multiLineText().nullable(),
    reason: z.enum(taskReasons).meta({
      description:
        'A plan task, an SMS step the agent must send outside the system, or a text not sent because the contact opted out (`sms_opted_out`)',
    }),
    planId: singleLineText().nullable(),
    dueAt: Timestamp.nullable(),
    completedAt: Timestamp.nullable(),
    createdAt: Timestamp,
  })
  .meta({ id: 'Task' });
export type Task = z.infer<typeof Task>;

export const ListTasksQuery = PageQuery.extend({
  status: z.enum(['open', 'completed']).default('open'),
}).meta({
  id: 'ListTasksQuery',
});
export type ListTasksQuery = z.input<typeof ListTasksQuery>;

export const TaskList = pageOf(Task).meta({ id: 'TaskList' });
export type TaskList = z.infer<typeof TaskList>;
