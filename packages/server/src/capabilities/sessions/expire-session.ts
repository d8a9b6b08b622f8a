import { and, eq } from 'drizzle-orm';
import { nextState } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { signingSessions } from '../../platform/db/schema/index.js';
import { sendEmail } from '../../platform/mail/send-email.js';
import { loadSession } from './load-session.js';
import { draftExpiredEmail, sessionExpiredEmail } from './lifecycle-emails.js';
import { recordEvent } from './record-event.js';
import { loadSessionPeople } from './session-people.js';

/**
 * Why a session expires: it passed its `expiresAt` (`deadline`), or it is a web-form draft nobody
 * touched for too long (`abandoned`).
 */
export type ExpiryReason = 'deadline' | 'abandoned';

/**
 * Moves an unfinished session to `expired`, records it, and tells who needs to know: the sender and
 * the initiator for a deadline, the form's party (when they left an email) for an abandoned draft.
 * A session already finished is left alone.
 *
 * @returns whether this call expired it.
 */
export async function expireSession(
  deps: { db: Database; clock: Clock },
  input: { accountId: string; sessionId: string; reason: ExpiryReason; formUrl?: string },
): Promise<boolean> {
  return deps.db.transaction(async (tx) => {
    const loaded = await loadSession(tx, input.accountId, input.sessionId);
    if (!loaded) return false;
    const { session, parties } = loaded;
    const next = nextState(session.status, 'expire');
    if (!next.ok) return false;
    const now = deps.clock();
    const updated = await tx
      .update(signingSessions)
      .set({ status: next.value, updatedAt: now })
      .where(
        and(
          eq(signingSessions.id, session.id),
          eq(signingSessions.accountId, session.accountId),
          eq(signingSessions.status, session.status),
        ),
      )
      .returning({ id: signingSessions.id });
    if (updated.length === 0) return false;
    await recordEvent(tx, {
      accountId: session.accountId,
      sessionId: session.id,
      type: 'expired',
      at: now,
      details: { reason: input.reason },
    });
    const people = await loadSessionPeople(tx, session);
    const mail = { db: tx, clock: deps.clock };
    const options = (to: string) => ({
      accountId: session.accountId,
      idempotencyKey: `expired:${session.id}:${to}`,
    });
    if (input.reason === 'abandoned') {
      for (const party of parties.filter((candidate) => candidate.email !== '')) {
        const message = draftExpiredEmail({
          party,
          sender: people.sender,
          documentName: session.templateName,
          formUrl: input.formUrl,
        });
        await sendEmail(mail, message, options(party.id));
      }
      return true;
    }
    const unsigned = parties.filter((party) => party.status !== 'completed' && party.email !== '');
    const recipients = people.onBehalf ? [people.sender, people.initiator] : [people.sender];
    for (const recipient of recipients.filter((person) => person.email !== '')) {
      const message = sessionExpiredEmail({
        recipient,
        sender: people.sender,
        documentName: session.templateName,
        unsigned,
      });
      await sendEmail(mail, message, options(recipient.id));
    }
    return true;
  });
}
