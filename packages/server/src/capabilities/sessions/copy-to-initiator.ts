import type { Clock } from '../../platform/clock.js';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { sendEmail } from '../../platform/mail/send-email.js';
import type { SessionRow } from './load-session.js';
import { loadSessionPeople } from './session-people.js';
import { initiatorCopyEmail, type CopiedStep } from './session-emails.js';

/**
 * Emails the initiator a copy of a step (sent, viewed, signed, declined) of a session they started
 * on someone else's behalf; nothing when they sent it as themselves. Queue it in the transaction of
 * the step: each copy goes out once.
 *
 * @example
 * await copyToInitiator({ db: tx, clock }, session, { kind: 'signed', party });
 */
export async function copyToInitiator(
  deps: { db: DbExecutor; clock: Clock },
  session: Pick<SessionRow, 'id' | 'accountId' | 'senderId' | 'initiatorId' | 'templateName'>,
  step: CopiedStep,
): Promise<void> {
  if (session.initiatorId === session.senderId) return;
  const { sender, initiator } = await loadSessionPeople(deps.db, session);
  if (!initiator.email) return;
  await sendEmail(
    deps,
    initiatorCopyEmail({ initiator, sender, documentName: session.templateName, step }),
    {
      accountId: session.accountId,
      idempotencyKey: `initiator-copy:${session.id}:${step.kind}:${'party' in step ? step.party.id : ''}`,
    },
  );
}
