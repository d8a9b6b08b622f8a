import { and, eq } from 'drizzle-orm';
import { nextState } from '@signport/core';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { signingSessions } from '../../platform/db/schema/index.js';
import type { SessionRow } from '../sessions/load-session.js';

/**
 * A party worked on the session: a sent session is now in progress (core state machine).
 *
 * @returns the session's status now.
 */
export async function markActivity(
  db: DbExecutor,
  session: SessionRow,
  at: Date,
): Promise<SessionRow['status']> {
  const next = nextState(session.status, 'activity');
  if (!next.ok || next.value === session.status) return session.status;
  await db
    .update(signingSessions)
    .set({ status: next.value, updatedAt: at })
    .where(and(eq(signingSessions.id, session.id), eq(signingSessions.status, session.status)));
  return next.value;
}
