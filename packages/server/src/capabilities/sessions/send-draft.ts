import type { Database } from '../../platform/db/open-database.js';
import type { EmbedPrincipal } from '../embed-tokens/embed-token-claims.js';
import type { LoadedSession } from './load-session.js';
import type { RequestOrigin } from '../../platform/http/request-origin.js';
import { sendSession, type SendSessionDeps } from './send-session.js';

/** Sends a draft in a transaction of its own; answers the session as it now stands. */
export function sendDraft(
  deps: Omit<SendSessionDeps, 'db'> & { db: Database },
  principal: EmbedPrincipal,
  sessionId: string,
  request: RequestOrigin,
): Promise<LoadedSession> {
  return deps.db.transaction((tx) =>
    sendSession({ ...deps, db: tx }, principal, sessionId, request),
  );
}
