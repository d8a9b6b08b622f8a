import { and, eq } from 'drizzle-orm';
import { nextState } from '@signport/core';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { signingSessions } from '../../platform/db/schema/index.js';
import type { SessionRow } from '../sessions/load-session.js';

/** A party worked on the session: a sent session is now in progress (core state machine). */
export async function markActivity(db: DbExecutor, session: SessionRow, at: Date): Promise<void> {
  const next = nextState(session.status, 'activity');
  if (!next.ok || next.value === session.status) return;
  await db
    .update(signingSessions)
    .set({ status: next.value, updatedAt: at })
    .where(and(eq(signingSessions.id, session.id), eq(signingSessions.status, session.status)));
}
