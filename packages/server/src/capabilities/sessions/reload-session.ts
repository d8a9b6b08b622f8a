import type { DbExecutor } from '../../platform/db/open-database.js';
import { loadSession, type LoadedSession } from './load-session.js';

/**
 * The session as a change just left it, read in that change's transaction, so the service can
 * answer it and the route need not look it up again.
 */
export async function reloadSession(
  db: DbExecutor,
  accountId: string,
  sessionId: string,
): Promise<LoadedSession> {
  const loaded = await loadSession(db, accountId, sessionId);
  if (!loaded) throw new Error(`Session ${sessionId} vanished during its own change.`);
  return loaded;
}
