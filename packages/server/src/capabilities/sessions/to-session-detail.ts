import type { SessionDetail } from '@signport/core';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { loadUserRefs } from '../users/load-user-refs.js';
import type { LoadedSession } from './load-session.js';
import { sessionDetailOf } from './session-detail-of.js';

/** One session for its sender: the API's view, every filled value as the sealed PDF will hold them, its documents. */
export async function toSessionDetail(
  db: DbExecutor,
  loaded: LoadedSession,
): Promise<SessionDetail> {
  const { accountId, senderId, initiatorId } = loaded.session;
  return sessionDetailOf(loaded, await loadUserRefs(db, accountId, [senderId, initiatorId]));
}
