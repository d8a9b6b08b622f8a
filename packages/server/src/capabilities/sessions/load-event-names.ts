import type { DbExecutor } from '../../platform/db/open-database.js';
import type { EventNames } from './describe-event.js';
import type { LoadedSession } from './load-session.js';
import { loadUserRefs } from '../users/load-user-refs.js';

/** The names `describeEvent` needs for a session's events: its parties, roles and every user they name. */
export async function loadEventNames(
  db: DbExecutor,
  { session, parties }: Pick<LoadedSession, 'session' | 'parties'>,
  events: readonly { userId: string | null; details: Record<string, unknown> }[],
): Promise<EventNames> {
  const userIds = [session.senderId, session.initiatorId];
  for (const event of events) {
    if (event.userId) userIds.push(event.userId);
    if (typeof event.details.onBehalfOf === 'string') userIds.push(event.details.onBehalfOf);
  }
  return {
    senderId: session.senderId,
    roles: session.template.roles,
    parties,
    users: await loadUserRefs(db, session.accountId, userIds),
  };
}
