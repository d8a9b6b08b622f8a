import { fillPlanMergeFields, planMergeValues, resolveStepAgent } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { DbExecutor } from '../../platform/db/open-database.js';
import type { StoredPlanStep, teamContacts } from '../../platform/db/schema/index.js';
import { createTask } from '../tasks/create-task.js';
import type { LoadedTeam } from '../teams/load-team.js';
import { sendOnBehalf } from '../usage/send-on-behalf.js';
import { recordPlanEvent, type PlanEventInput } from './record-plan-event.js';

export interface PlanStepContext {
  accountId: string;
  planId: string;
  enrollmentId: string;
  stepIndex: number;
  step: StoredPlanStep;
  team: LoadedTeam;
  contact: typeof teamContacts.$inferSelect;
  /** The contact's unsubscribe page, linked from plan emails. */
  unsubscribeUrl: string;
}

const fallbackNote = 'The contact has no assignee on the team, so the rainmaker carries this step.';

/**
 * Does one step for one contact on behalf of the agent the team's rules designate, and writes what
 * happened on the contact's timeline. Runs inside the transaction that marks the step done.
 */
export async function carryOutPlanStep(
  deps: { db: DbExecutor; clock: Clock },
  {
    accountId,
    planId,
    enrollmentId,
    stepIndex,
    step,
    team,
    contact,
    unsubscribeUrl,
  }: PlanStepContext,
): Promise<void> {
  const agent = resolveStepAgent(
    step,
    { id: contact.id, assigneeId: contact.assigneeId },
    team.planTeam,
    team.planDefaults,
  );
  const key = `plan:${enrollmentId}:${stepIndex}`;
  const carrier = team.members.find((member) => member.user.id === agent.agentId)?.user;
  const merge = (text: string) => fillPlanMergeFields(text, planMergeValues(contact, carrier));
  const event = (fields: Pick<PlanEventInput, 'kind'> & Partial<PlanEventInput>) =>
    recordPlanEvent(deps, {
      accountId,
      contactId: contact.id,
      planId,
      enrollmentId,
      stepIndex,
      agentId: agent.agentId,
      note: agent.fellBackToRainmaker ? fallbackNote : null,
      ...fields,
    });

  if (step.type === 'task') {
    await createTask(deps, {
      accountId,
      assigneeId: agent.agentId,
      title: merge(step.title ?? 'Plan task'),
      notes: step.notes && merge(step.notes),
      reason: 'plan_task',
      contactId: contact.id,
      planId,
      dueAt: deps.clock(),
      sourceKey: key,
    });
    return event({ kind: 'task_created' });
  }

  if (step.type === 'email' && contact.emailUnsubscribedAt) {
    return event({
      kind: 'email_skipped_unsubscribed',
      note: `Not sent: the contact unsubscribed from plan emails on ${day(contact.emailUnsubscribedAt)}.`,
    });
  }
  if (step.type === 'sms' && contact.smsOptedOutAt) {
    const why = `${contact.name} opted out of text messages (replied STOP on ${day(contact.smsOptedOutAt)}), so this plan text was not sent.`;
    await createTask(deps, {
      accountId,
      assigneeId: agent.agentId,
      title: `Reach ${contact.name} another way: they opted out of texts`,
      notes: `${why}\n\nThe text was: ${step.text ?? ''}`,
      reason: 'sms_opted_out',
      contactId: contact.id,
      planId,
      dueAt: deps.clock(),
      sourceKey: key,
    });
    return event({ kind: 'task_created', note: `Not texted: ${why} A task was created instead.` });
  }

  const to = step.type === 'email' ? contact.email : contact.phone;
  if (!to) {
    return event({
      kind: 'step_skipped_no_address',
      note: `Not sent: the contact has no ${step.type === 'email' ? 'email address' : 'phone number'}.`,
    });
  }
  const result = await sendOnBehalf({
    ...deps,
    accountId,
    agentId: agent.agentId,
    channel: step.type,
    to,
    recipientName: contact.name,
    subject: step.subject && merge(step.subject),
    text: merge((step.type === 'email' ? step.body : step.text) ?? ''),
    idempotencyKey: key,
    contactId: contact.id,
    planId,
    unsubscribeUrl,
  });
  switch (result.outcome) {
    case 'sent':
      return event({
        kind: result.channel === 'email' ? 'email_sent' : 'sms_sent',
        replyToAgentId: result.replyToAgentId,
      });
    case 'skipped_over_quota':
      return event({ kind: 'email_skipped_over_quota', note: result.note });
    case 'task':
      return event({
        kind: 'task_created',
        note:
          result.reason === 'no_sms_subscription'
            ? 'The agent has no SMS subscription: a task to text the contact was created.'
            : 'The agent has no SMS credits left: a task to text the contact was created.',
      });
  }
}

const day = (at: Date) => at.toISOString().slice(0, 10);
