import { isPartyEditableState, type PartyLink } from '@signport/core';
import type { Clock } from '../clock.js';
import type { Database } from '../db/open-database.js';
import type { EmbedPrincipal } from '../embed-tokens/embed-token-claims.js';
import { ApiError } from '../errors/api-error.js';
import { mintPartyLink } from '../party/mint-party-link.js';
import { signingPageUrl } from '../party/signing-page-url.js';
import { findSenderSession } from './find-sender-session.js';

/** Mints a signing link for one party so the host can embed `<sign-session>` for them. */
export async function createPartyLink(
  deps: { db: Database; clock: Clock; publicUrl: string; partyLinkTtlDays: number },
  principal: EmbedPrincipal,
  { sessionId, partyId }: { sessionId: string; partyId: string },
): Promise<PartyLink> {
  const { session, parties } = await findSenderSession(deps.db, principal, sessionId);
  if (!parties.some((party) => party.id === partyId)) {
    throw new ApiError(404, 'not_found', 'No such party in this session.', 'partyId');
  }
  if (!isPartyEditableState(session.status)) {
    const state = session.status.replace('_', ' ');
    throw new ApiError(409, 'invalid_state', `This session is ${state}: it has no signing links.`);
  }
  const link = await mintPartyLink(deps, {
    accountId: session.accountId,
    sessionId,
    partyId,
    ttlDays: deps.partyLinkTtlDays,
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
