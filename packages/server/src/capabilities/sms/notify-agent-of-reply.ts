import { and, eq } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.js';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { teamContacts, users } from '../../platform/db/schema/index.js';
import { unbrandedEmail } from '../../platform/mail/render-email-html.js';
import { sendEmail } from '../../platform/mail/send-email.js';
import { translate } from '../languages/translate.js';

/**
 * Emails the agent whose text was answered, in their language: who replied, what they said, and any
 * paused plan.
 */
export async function notifyAgentOfReply(
  deps: { db: DbExecutor; clock: Clock },
  input: {
    accountId: string;
    agentId: string;
    replyId: string;
    contactId: string | null;
    from: string;
    body: string;
    pausedPlans: string[];
  },
): Promise<void> {
  const [agent] = await deps.db
    .select({ email: users.email, locale: users.locale })
    .from(users)
    .where(and(eq(users.id, input.agentId), eq(users.accountId, input.accountId)));
  if (!agent) return;
  const [contact] = input.contactId
    ? await deps.db
        .select({ name: teamContacts.name })
        .from(teamContacts)
        .where(
          and(eq(teamContacts.id, input.contactId), eq(teamContacts.accountId, input.accountId)),
        )
    : [];
  const who = contact ? `${contact.name} (${input.from})` : input.from;
  const { locale } = agent;
  const paused = input.pausedPlans
    .map((plan) => translate(locale, 'smsReplyPaused', { plan }))
    .join('\n');
  await sendEmail(
    deps,
    {
      to: [agent.email],
      subject: translate(locale, 'smsReplySubject', { name: contact?.name ?? input.from }),
      ...unbrandedEmail({
        body: `${translate(locale, 'smsReplyBody', { who })}\n\n“${input.body}”`,
        footnote: paused || undefined,
      }),
    },
    { accountId: input.accountId, idempotencyKey: `sms-reply:${input.replyId}` },
  );
}
