import { and, asc, eq } from 'drizzle-orm';
import type { AuditTrail } from '@signport/core';
import type { DbExecutor } from '../db/open-database.js';
import { sessionEvents } from '../db/schema/index.js';

/** Every event of a session in the order it happened. */
export async function getAuditTrail(
  db: DbExecutor,
  { accountId, sessionId }: { accountId: string; sessionId: string },
): Promise<AuditTrail> {
  const rows = await db
    .select()
    .from(sessionEvents)
    .where(and(eq(sessionEvents.sessionId, sessionId), eq(sessionEvents.accountId, accountId)))
    .orderBy(asc(sessionEvents.sequence));
  return {
    sessionId,
    events: rows.map((row) => ({
      id: row.id,
      at: row.at.toISOString(),
      type: row.type as AuditTrail['events'][number]['type'],
      partyId: row.partyId,
      userId: row.userId,
      ip: row.ip,
      userAgent: row.userAgent,
      details: row.details,
    })),
  };
}
