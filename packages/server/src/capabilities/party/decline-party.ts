import { and, eq } from 'drizzle-orm';
import { nextState, type PartyOutcome } from '@signport/core';
import type { PathSigner } from '../../platform/blobs/signed-path.js';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { sessionParties, signingSessions } from '../../platform/db/schema/index.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { sendEmail } from '../../platform/mail/send-email.js';
import type { PartyPrincipal } from './party-principal.js';
import { copyToInitiator } from '../sessions/copy-to-initiator.js';
import { recordEvent } from '../sessions/record-event.js';
import type { RequestOrigin } from '../../platform/http/request-origin.js';
import { ruleRefusal } from '../sessions/rule-refusal.js';
import { declinedEmail } from '../sessions/session-emails.js';
import { loadSessionPeople } from '../sessions/session-people.js';
import { loadPartySession } from './load-party-session.js';
import { partyOutcome } from './party-outcome.js';

/** A party refuses to sign: the session ends as declined and the sender is told why. A retry answers the same. */
export async function declineParty(
  deps: { db: Database; clock: Clock; paths: PathSigner },
  principal: PartyPrincipal,
  reason: string,
  request: RequestOrigin,
): Promise<PartyOutcome> {
  const declined = await deps.db.transaction(async (tx) => {
    const { session, party } = await loadPartySession(tx, principal);
    if (party.status === 'declined') return { session, party };
    if (party.status === 'completed') {
      throw new ApiError('already_completed', 'You have already signed.');
    }
    const next = nextState(session.status, 'decline');
    if (!next.ok) throw ruleRefusal(next.error);
    const now = deps.clock();
    await tx
      .update(sessionParties)
      .set({
        status: 'declined',
        declinedAt: now,
        declineReason: reason,
        ip: request.ip,
        userAgent: request.userAgent,
      })
      .where(
        and(eq(sessionParties.id, party.id), eq(sessionParties.accountId, principal.accountId)),
      );
    await tx
      .update(signingSessions)
      .set({ status: next.value, updatedAt: now })
      .where(
        and(eq(signingSessions.id, session.id), eq(signingSessions.accountId, principal.accountId)),
      );
    await recordEvent(tx, {
      accountId: principal.accountId,
      sessionId: session.id,
      type: 'declined',
      at: now,
      partyId: party.id,
      userId: party.userId ?? undefined,
      request,
      details: { reason },
    });
    const { sender } = await loadSessionPeople(tx, session);
    await sendEmail(
      { db: tx, clock: deps.clock },
      declinedEmail({ party, sender, documentName: session.templateName, reason }),
      { accountId: session.accountId },
    );
    await copyToInitiator({ db: tx, clock: deps.clock }, session, {
      kind: 'declined',
      party,
      reason,
    });
    return { session: { ...session, status: next.value }, party: { status: 'declined' as const } };
  });
  return partyOutcome(deps, declined);
}
