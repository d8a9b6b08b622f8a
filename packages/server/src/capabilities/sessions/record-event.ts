import { eq, sql } from 'drizzle-orm';
import type { AuditEvent } from '@signport/core';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { sessionEvents } from '../../platform/db/schema/index.js';
import type { RequestOrigin } from '../../platform/http/request-origin.js';
import { newId } from '../../platform/ids.js';
import { emitSessionEvent } from '../webhooks/emit-session-event.js';

export interface SessionEventInput {
  accountId: string;
  sessionId: string;
  type: AuditEvent['type'];
  at: Date;
  partyId?: string | undefined;
  userId?: string | undefined;
  /** Where the request came from, when a person acted. */
  request?: RequestOrigin | undefined;
  details?: Record<string, unknown>;
}

/**
 * Appends one event to a session's audit trail, and queues its webhook event if it is a transition;
 * run it in the transaction of the change it records.
 */
export async function recordEvent(db: DbExecutor, input: SessionEventInput): Promise<void> {
  const [last] = await db
    .select({ sequence: sql<number>`coalesce(max(${sessionEvents.sequence}), 0)` })
    .from(sessionEvents)
    .where(eq(sessionEvents.sessionId, input.sessionId));
  await db.insert(sessionEvents).values({
    id: newId('evt'),
    accountId: input.accountId,
    sessionId: input.sessionId,
    sequence: (last?.sequence ?? 0) + 1,
    at: input.at,
    type: input.type,
    partyId: input.partyId ?? null,
    userId: input.userId ?? null,
    ip: input.request?.ip ?? null,
    userAgent: input.request?.userAgent ?? null,
    details: input.details ?? {},
  });
  await emitSessionEvent(db, input);
}
