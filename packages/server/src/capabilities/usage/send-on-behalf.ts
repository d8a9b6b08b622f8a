import { and, eq } from 'drizzle-orm';
import { decideStepDelivery, usageMonth } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { agentSends, users } from '../../platform/db/schema/index.js';
import { newId } from '../../platform/ids.js';
import {
  letterText,
  type EmailAction,
  type EmailLetter,
} from '../../platform/mail/email-letter.js';
import { sendEmail } from '../../platform/mail/send-email.js';
import { queueSms } from '../../platform/sms/queue-sms.js';
import { createTask } from '../tasks/create-task.js';
import { chargeCredit } from './charge-credit.js';
import { readAgentUsage } from './read-agent-usage.js';
import { renderAgentEmail } from './render-agent-email.js';

export interface SendOnBehalfInput {
  /** The database, or the caller's transaction to commit the send with its cause. */
  db: DbExecutor;
  clock: Clock;
  accountId: string;
  /** The agent the message comes from: their Reply-To, branding, number and credits. */
  agentId: string;
  channel: 'email' | 'sms';
  /** An email address, or an E.164 number for SMS. */
  to: string;
  /** Who `to` is, for the task an SMS becomes when the agent cannot text. */
  recipientName?: string | undefined;
  /** Required for email. */
  subject?: string | undefined;
  text: string;
  /** A link the reader acts on: a button in the email, after `text`. */
  action?: EmailAction | undefined;
  /** Said after the action, e.g. how long the link works. */
  footnote?: string | undefined;
  /**
   * Email only: the reader's way out of these emails (a plan's), linked at the end and announced in
   * `List-Unsubscribe` / `List-Unsubscribe-Post` (RFC 8058 one-click) headers.
   */
  unsubscribeUrl?: string | undefined;
  /** One send, one charge per key (e.g. `reminder:<sessionId>:<n>`), however often it is called. */
  idempotencyKey: string;
  contactId?: string | null | undefined;
  planId?: string | null | undefined;
}

export type SendOnBehalfResult =
  | { outcome: 'sent'; channel: 'email' | 'sms'; agentId: string; replyToAgentId: string }
  | { outcome: 'skipped_over_quota'; channel: 'email'; agentId: string; note: string }
  | {
      outcome: 'task';
      channel: 'sms';
      agentId: string;
      taskId: string;
      reason: 'no_sms_subscription' | 'no_sms_credits';
    };

/**
 * Sends an email or a text on an agent's behalf, as plan steps and signing reminders do: from the
 * system address with the agent's Reply-To and branding, or from the agent's SMS number, charged to
 * the agent's monthly credits. Over the email quota nothing is sent; without SMS the agent gets a task
 * to text the recipient themselves. The send, the charge and its record commit together, once per key.
 *
 * @example
 * await sendOnBehalf({ db: tx, clock, accountId, agentId: session.senderId, channel: 'email',
 *   to: party.email, subject: 'Reminder: please sign', text, idempotencyKey: `reminder:${session.id}:2` });
 */
export async function sendOnBehalf(input: SendOnBehalfInput): Promise<SendOnBehalfResult> {
  const { db, clock, accountId, agentId, channel, idempotencyKey } = input;
  if (channel === 'email' && !input.subject) throw new Error('An email needs a subject.');
  const letter: EmailLetter = { body: input.text, action: input.action, footnote: input.footnote };
  const plainText = letterText(letter);
  const unsubscribeUrl = channel === 'email' ? input.unsubscribeUrl : undefined;
  const emailLetter: EmailLetter = { ...letter, unsubscribeUrl };
  return db.transaction(async (tx) => {
    const [done] = await tx
      .select()
      .from(agentSends)
      .where(
        and(eq(agentSends.accountId, accountId), eq(agentSends.idempotencyKey, idempotencyKey)),
      );
    if (done) return fromRecord(done);

    const [agent] = await tx
      .select()
      .from(users)
      .where(and(eq(users.id, agentId), eq(users.accountId, accountId)));
    if (!agent) throw new Error(`No agent ${agentId} in account ${accountId}.`);
    const now = clock();
    const month = usageMonth(now);
    const credits = await readAgentUsage(tx, accountId, agentId, month);
    const delivery = decideStepDelivery(channel, agentId, credits.usage);

    let result: SendOnBehalfResult;
    let reference: string | null = null;
    switch (delivery.action) {
      case 'send_email': {
        const { jobId } = await sendEmail(
          { db: tx, clock },
          {
            replyTo: `${agent.name.replace(/["\\]/g, '')} <${agent.email}>`,
            to: [input.to],
            subject: input.subject ?? '',
            text: letterText(emailLetter, agent.branding.signatureBlock ?? agent.name),
            html: renderAgentEmail(agent, emailLetter),
            ...(unsubscribeUrl && {
              headers: {
                'List-Unsubscribe': `<${unsubscribeUrl}>`,
                'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
              },
            }),
          },
          { accountId, idempotencyKey: `on-behalf:${accountId}:${idempotencyKey}` },
        );
        await chargeCredit(tx, { accountId, agentId, month, channel: 'email' });
        reference = jobId;
        result = { outcome: 'sent', channel, agentId, replyToAgentId: delivery.replyToAgentId };
        break;
      }
      case 'send_sms': {
        const { messageId } = await queueSms(
          { db: tx, clock },
          {
            accountId,
            agentId,
            from: credits.smsNumber ?? '',
            to: input.to,
            body: plainText,
            contactId: input.contactId ?? null,
            planId: input.planId ?? null,
          },
        );
        await chargeCredit(tx, { accountId, agentId, month, channel: 'sms' });
        reference = messageId;
        result = { outcome: 'sent', channel, agentId, replyToAgentId: delivery.replyToAgentId };
        break;
      }
      case 'skip_over_quota':
        result = {
          outcome: 'skipped_over_quota',
          channel: 'email',
          agentId,
          note: delivery.timelineNote,
        };
        break;
      case 'task': {
        if (delivery.reason === 'plan_task')
          throw new Error('Only email and SMS are sent on behalf.');
        reference = await createTask(
          { db: tx, clock },
          {
            accountId,
            assigneeId: agentId,
            title: `Text ${input.recipientName ?? input.to} at ${input.to}`,
            notes: plainText,
            reason: delivery.reason,
            contactId: input.contactId,
            planId: input.planId,
            dueAt: now,
            sourceKey: `on-behalf:${idempotencyKey}`,
          },
        );
        result = {
          outcome: 'task',
          channel: 'sms',
          agentId,
          taskId: reference,
          reason: delivery.reason,
        };
        break;
      }
    }
    await tx.insert(agentSends).values({
      id: newId('snd'),
      accountId,
      idempotencyKey,
      channel,
      agentId,
      replyToAgentId: result.outcome === 'sent' ? result.replyToAgentId : null,
      outcome: result.outcome,
      reference,
      detail:
        result.outcome === 'skipped_over_quota'
          ? result.note
          : result.outcome === 'task'
            ? result.reason
            : null,
      month,
      createdAt: now,
    });
    return result;
  });
}

function fromRecord(record: typeof agentSends.$inferSelect): SendOnBehalfResult {
  const { agentId } = record;
  if (record.outcome === 'sent') {
    return {
      outcome: 'sent',
      channel: record.channel,
      agentId,
      replyToAgentId: record.replyToAgentId ?? agentId,
    };
  }
  if (record.outcome === 'skipped_over_quota') {
    return {
      outcome: 'skipped_over_quota',
      channel: 'email',
      agentId,
      note: record.detail ?? '',
    };
  }
  return {
    outcome: 'task',
    channel: 'sms',
    agentId,
    taskId: record.reference ?? '',
    reason: record.detail === 'no_sms_credits' ? 'no_sms_credits' : 'no_sms_subscription',
  };
}
