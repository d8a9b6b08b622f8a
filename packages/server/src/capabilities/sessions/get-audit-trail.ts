import { and, asc, eq } from 'drizzle-orm';
import type { AuditTrail } from '@signport/core';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { sessionEvents } from '../../platform/db/schema/index.js';
import { describeEvent } from './describe-event.js';
import { loadEventNames } from './load-event-names.js';
import type { LoadedSession } from './load-session.js';

/** Every event of a session in the order it happened, each described in words. */
export async function getAuditTrail(
  db: DbExecutor,
  loaded: Pick<LoadedSession, 'session' | 'parties'>,
): Promise<AuditTrail> {
  const { accountId, id: sessionId } = loaded.session;
  const rows = await db
    .select()
    .from(sessionEvents)
    .where(and(eq(sessionEvents.sessionId, sessionId), eq(sessionEvents.accountId, accountId)))
    .orderBy(asc(sessionEvents.sequence));
  const names = await loadEventNames(db, loaded, rows);
  return {
    sessionId,
    events: rows.map((row) => {
      const event = {
        id: row.id,
        at: row.at.toISOString(),
        type: row.type,
        partyId: row.partyId,
        userId: row.userId,
        ip: row.ip,
        userAgent: row.userAgent,
        details: row.details,
      };
      return { ...event, description: describeEvent(event, names) };
    }),
  };
}
