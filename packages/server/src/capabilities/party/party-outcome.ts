import type { PartyOutcome } from '@signport/core';
import type { PathSigner } from '../../platform/blobs/signed-path.js';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import type { PartyPrincipal } from './party-principal.js';
import { sessionDocumentPath } from '../sessions/session-document-path.js';
import { loadPartySession } from './load-party-session.js';

/** How long the download link handed to a party after completion works. */
const DOCUMENT_LINK_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** Where the party and the session stand; once completed, a time-limited link to the sealed PDF. */
export async function partyOutcome(
  deps: { db: Database; clock: Clock; paths: PathSigner },
  principal: PartyPrincipal,
): Promise<PartyOutcome> {
  const { session, party } = await loadPartySession(deps.db, principal);
  const completed = session.status === 'completed' && session.finalBlobId !== null;
  return {
    status: session.status,
    partyStatus: party.status,
    ...(completed && {
      documentUrl: await deps.paths.sign(
        sessionDocumentPath(session.id),
        new Date(deps.clock().getTime() + DOCUMENT_LINK_TTL_MS),
      ),
    }),
  };
}
