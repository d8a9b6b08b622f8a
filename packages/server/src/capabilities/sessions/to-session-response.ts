import type { Session } from '@signport/core';
import type { DbExecutor } from '../../platform/db/open-database.js';
import type { PartyRow } from './load-session.js';
import { loadUserRefs } from '../users/load-user-refs.js';
import { sessionResponseOf, type SessionSummaryRow } from './session-response-of.js';

/** The API's view of sessions, with the sender and initiator named. */
export async function toSessionResponse(
  db: DbExecutor,
  loaded: Array<{ session: SessionSummaryRow; parties: PartyRow[] }>,
): Promise<Session[]> {
  const accountId = loaded[0]?.session.accountId ?? '';
  const refs = await loadUserRefs(
    db,
    accountId,
    loaded.flatMap(({ session }) => [session.senderId, session.initiatorId]),
  );
  return loaded.map((one) => sessionResponseOf(one, refs));
}
