import type { PartyOutcome } from '@signport/core';
import type { PathSigner } from '../../platform/blobs/signed-path.js';
import type { Clock } from '../../platform/clock.js';
import type { PartyRow, SessionRow } from '../sessions/load-session.js';
import { sessionDocumentPath } from '../sessions/session-document-path.js';

/** How long the download link handed to a party after completion works. */
const DOCUMENT_LINK_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Where the party and the session stand, from the state the service just left them in; once
 * completed, a time-limited link to the sealed PDF.
 */
export async function partyOutcome(
  deps: { clock: Clock; paths: PathSigner },
  {
    session,
    party,
  }: {
    session: Pick<SessionRow, 'id' | 'status' | 'finalBlobId'>;
    party: Pick<PartyRow, 'status'>;
  },
): Promise<PartyOutcome> {
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
