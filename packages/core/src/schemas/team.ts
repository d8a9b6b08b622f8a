import { z } from 'zod';
import { singleLineText } from './text.js';
import { EmailAddress, Id, Timestamp, UserRef, issueAt } from './common.js';
import { PlanDefaultsSchema, TeamPermissionSchema, TeamRoleSchema } from './plan.js';

/** An SMS number in E.164 form, e.g. `+15551234567`. */
export const PhoneNumber = singleLineText()
  .trim()
  .regex(/^\+[1-9]\d{6,14}$/, 'Use the international format, e.g. +15551234567');

const TeamMemberInput = z.object({
  userId: Id,
  teamRole: TeamRoleSchema,
  permission: TeamPermissionSchema,
});

export const CreateTeamRequest = z
  .object({
    name: singleLineText().trim().min(1).max(200),
    members: z
      .array(TeamMemberInput)
      .min(1)
      .max(500)
      .meta({ uniqueItems: true, description: 'Each user once, exactly one `rainmaker`' }),
  })
  .superRefine((request, ctx) => {
    const rainmakers = request.members.filter((member) => member.teamRole === 'rainmaker');
    if (rainmakers.length !== 1) issueAt(ctx, ['members'], 'Name exactly one rainmaker');
    const ids = request.members.map((member) => member.userId);
    if (new Set(ids).size !== ids.length) issueAt(ctx, ['members'], 'List each user once');
  })
  .meta({ id: 'CreateTeamRequest' });
export type CreateTeamRequest = z.infer<typeof CreateTeamRequest>;

export const TeamMember = z
  .object({ user: UserRef, teamRole: TeamRoleSchema, permission: TeamPermissionSchema })
  .meta({ id: 'TeamMember' });
export type TeamMember = z.infer<typeof TeamMember>;

export const Team = z
  .object({
    id: singleLineText(),
    name: singleLineText(),
    members: z.array(TeamMember),
    planDefaults: PlanDefaultsSchema,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Team' });
export type Team = z.infer<typeof Team>;

export const CreateTeamContactRequest = z
  .object({
    name: singleLineText().trim().min(1).max(200),
    email: EmailAddress.nullable().default(null),
    phone: PhoneNumber.nullable().default(null),
    assigneeId: Id.nullable()
      .default(null)
      .meta({ description: 'The team member who is the contact’s primary assignee' }),
  })
  .meta({ id: 'CreateTeamContactRequest' });
export type CreateTeamContactRequest = z.infer<typeof CreateTeamContactRequest>;

export const TeamContact = z
  .object({
    id: singleLineText(),
    teamId: singleLineText(),
    name: singleLineText(),
    email: singleLineText().nullable(),
    phone: singleLineText().nullable(),
    assigneeId: singleLineText().nullable(),
    createdAt: Timestamp,
  })
  .meta({ id: 'TeamContact' });
export type TeamContact = z.infer<typeof TeamContact>;

export const TeamContactList = z
  .object({ items: z.array(TeamContact) })
  .meta({ id: 'TeamContactList' });

export const TimelineEvent = z
  .object({
    id: singleLineText(),
    kind: singleLineText().meta({
      description:
        'enrolled, unenrolled, email_sent, sms_sent, task_created, email_skipped_over_quota, step_skipped_no_address, completed',
    }),
    planId: singleLineText().nullable(),
    stepIndex: z.int().nullable(),
    agentId: singleLineText().nullable().meta({ description: 'Who sent or was assigned the step' }),
    replyToAgentId: singleLineText().nullable().meta({ description: 'Who receives the replies' }),
    note: singleLineText().nullable(),
    createdAt: Timestamp,
  })
  .meta({ id: 'TimelineEvent' });

export const Timeline = z.object({ items: z.array(TimelineEvent) }).meta({ id: 'Timeline' });
export type Timeline = z.infer<typeof Timeline>;
export type TeamContactList = z.infer<typeof TeamContactList>;
