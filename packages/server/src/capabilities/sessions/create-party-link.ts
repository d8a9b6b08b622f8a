import { isPartyEditableState, type PartyLink } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import type { EmbedPrincipal } from '../embed-tokens/embed-token-claims.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { mintPartyLink } from '../party/mint-party-link.js';
import { signingPageUrl } from '../party/signing-page-url.js';
import { findSenderSession } from './find-sender-session.js';
import { recordEvent } from './record-event.js';
import type { RequestOrigin } from '../../platform/http/request-origin.js';

/**
 * Mints a signing link for one party so the host can embed `<sign-session>` for them, and records
 * who minted it for whom. A party who is a user of the account (added by Add Myself) signs only as
 * that user: their link is minted for their own embed token, never for an assistant acting for them.
 */
export async function createPartyLink(
  deps: { db: Database; clock: Clock; publicUrl: string; partyLinkTtlDays: number },
  principal: EmbedPrincipal,
  { sessionId, partyId }: { sessionId: string; partyId: string },
  request: RequestOrigin,
): Promise<PartyLink> {
  const { session, parties } = await findSenderSession(deps.db, principal, sessionId);
  const party = parties.find((candidate) => candidate.id === partyId);
  if (!party) {
    throw new ApiError('not_found', 'No such party in this session.', { field: 'partyId' });
  }
  if (party.userId !== null && party.userId !== principal.userId) {
    throw new ApiError(
      'party_not_yours',
      `${party.name} signs as themselves: only they can open their signing link, with their own login or the link emailed to them.`,
      { field: 'partyId' },
    );
  }
  if (!isPartyEditableState(session.status)) {
    const state = session.status.replace('_', ' ');
    throw new ApiError('invalid_state', `This session is ${state}: it has no signing links.`);
  }
  const link = await deps.db.transaction(async (tx) => {
    const minted = await mintPartyLink(
      { db: tx, clock: deps.clock },
      {
        accountId: session.accountId,
        sessionId,
        partyId,
        ttlDays: deps.partyLinkTtlDays,
      },
    );
    await recordEvent(tx, {
      accountId: session.accountId,
      sessionId,
      type: 'link_minted',
      at: deps.clock(),
      partyId,
      userId: principal.userId,
      request,
      details: { expiresAt: minted.expiresAt.toISOString() },
    });
    return minted;
  });
  return {
    token: link.token,
    url: await signingPageUrl(deps.db, {
      accountId: session.accountId,
      publicUrl: deps.publicUrl,
      token: link.token,
    }),
    expiresAt: link.expiresAt.toISOString(),
  };
}
