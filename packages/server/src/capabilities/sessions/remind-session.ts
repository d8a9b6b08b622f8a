import { isPartyEditableState, partiesWhoseTurnItIs } from '@signport/core';
import type { Database } from '../../platform/db/open-database.js';
import type { EmbedPrincipal } from '../embed-tokens/embed-token-claims.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { findSenderSession } from './find-sender-session.js';
import { inviteParties, type InvitePartiesDeps, type PartyDelivery } from './invite-parties.js';
import { loadSessionPeople } from './session-people.js';

/**
 * Emails a fresh link again to the parties whose turn it is (or those of them listed), on the
 * sender's behalf: each reminder is charged to the sender's email credits, and not sent over quota.
 *
 * @returns what became of each party's reminder.
 */
export async function remindSession(
  deps: Omit<InvitePartiesDeps, 'db'> & { db: Database },
  principal: EmbedPrincipal,
  sessionId: string,
  partyIds: string[] | undefined,
): Promise<PartyDelivery[]> {
  return deps.db.transaction(async (tx) => {
    const { session, parties } = await findSenderSession(tx, principal, sessionId);
    if (!isPartyEditableState(session.status)) {
      throw new ApiError(
        'invalid_state',
        `This session is ${session.status.replace('_', ' ')}: there is nobody to remind.`,
      );
    }
    const plan = { signingOrder: session.template.signingOrder, roles: session.template.roles };
    const due = partiesWhoseTurnItIs(plan, parties).filter(
      (party) => partyIds === undefined || partyIds.includes(party.id),
    );
    if (due.length === 0) {
      throw new ApiError('conflict', 'None of these parties has anything to sign right now.', {
        field: 'partyIds',
      });
    }
    const { sender } = await loadSessionPeople(tx, session);
    return inviteParties(
      { ...deps, db: tx },
      { session, sender, parties: due, reminder: true, userId: principal.userId },
    );
  });
}
