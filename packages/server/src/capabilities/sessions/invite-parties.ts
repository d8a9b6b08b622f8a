import { and, count, eq } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.js';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { sessionEvents, sessionParties } from '../../platform/db/schema/index.js';
import { sendEmail } from '../../platform/mail/send-email.js';
import { mintPartyLink } from '../party/mint-party-link.js';
import { signingPageUrl } from '../party/signing-page-url.js';
import { sendOnBehalf } from '../usage/send-on-behalf.js';
import type { PartyRow, SessionRow } from './load-session.js';
import { recordEvent } from './record-event.js';
import { invitationEmail, invitationLetter } from './session-emails.js';
import { startSessionReminders } from './start-session-reminders.js';
import { loadSessionPeople, type SessionPerson } from './session-people.js';

export interface InvitePartiesDeps {
  /** The transaction of the change that makes it these parties' turn. */
  db: DbExecutor;
  clock: Clock;
  publicUrl: string;
  partyLinkTtlDays: number;
}

/** What became of one party's email: a reminder over the sender's quota is not sent. */
export interface PartyDelivery {
  partyId: string;
  outcome: 'sent' | 'skipped_over_quota';
}

/**
 * Emails each party a fresh signing link and marks them invited. A reminder re-sends without
 * changing their status, as a send on the sender's behalf charged to their email credits. The
 * emails are queued in the caller's transaction: sent only if it commits.
 */
export async function inviteParties(
  deps: InvitePartiesDeps,
  input: {
    session: SessionRow;
    sender: SessionPerson;
    parties: readonly PartyRow[];
    reminder?: boolean;
    userId?: string;
  },
): Promise<PartyDelivery[]> {
  const { session, sender } = input;
  const reminder = input.reminder ?? false;
  const now = deps.clock();
  const deliveries: PartyDelivery[] = [];
  // An assistant who sent it for someone else is named too, so the email says who did what.
  const people =
    session.initiatorId !== session.senderId && input.parties.length > 0
      ? await loadSessionPeople(deps.db, session)
      : undefined;
  for (const party of input.parties) {
    const link = await mintPartyLink(deps, {
      accountId: session.accountId,
      sessionId: session.id,
      partyId: party.id,
      ttlDays: deps.partyLinkTtlDays,
    });
    const url = await signingPageUrl(deps.db, {
      accountId: session.accountId,
      publicUrl: deps.publicUrl,
      token: link.token,
    });
    const letter = {
      party,
      sender,
      initiator: people?.initiator,
      documentName: session.templateName,
      message: session.message,
      url,
      expiresAt: link.expiresAt,
      reminder,
    };
    let outcome: PartyDelivery['outcome'] = 'sent';
    if (reminder) {
      const { subject, letter: reminderLetter } = invitationLetter(letter);
      const result = await sendOnBehalf({
        db: deps.db,
        clock: deps.clock,
        accountId: session.accountId,
        agentId: session.senderId,
        channel: 'email',
        to: party.email,
        recipientName: party.name,
        subject,
        text: reminderLetter.body,
        action: reminderLetter.action,
        footnote: reminderLetter.footnote,
        idempotencyKey: `reminder:${session.id}:${party.id}:${(await remindersSoFar(deps.db, session, party.id)) + 1}`,
      });
      outcome = result.outcome === 'skipped_over_quota' ? 'skipped_over_quota' : 'sent';
    } else {
      await sendEmail(deps, invitationEmail(letter), {
        accountId: session.accountId,
        urgent: true,
      });
    }
    if (party.status === 'waiting') {
      await deps.db
        .update(sessionParties)
        .set({ status: 'invited', invitedAt: now })
        .where(
          and(eq(sessionParties.id, party.id), eq(sessionParties.accountId, session.accountId)),
        );
    }
    await recordEvent(deps.db, {
      accountId: session.accountId,
      sessionId: session.id,
      type: reminder ? 'reminded' : 'invited',
      at: now,
      partyId: party.id,
      userId: input.userId,
      details: reminder ? { email: party.email, outcome } : { email: party.email },
    });
    deliveries.push({ partyId: party.id, outcome });
  }
  if (!reminder && input.parties.length > 0) await startSessionReminders(deps, session);
  return deliveries;
}

/** Reminders already recorded for a party: the next one's number, so each is charged once. */
async function remindersSoFar(
  db: DbExecutor,
  session: SessionRow,
  partyId: string,
): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(sessionEvents)
    .where(
      and(
        eq(sessionEvents.accountId, session.accountId),
        eq(sessionEvents.sessionId, session.id),
        eq(sessionEvents.partyId, partyId),
        eq(sessionEvents.type, 'reminded'),
      ),
    );
  return row?.total ?? 0;
}
