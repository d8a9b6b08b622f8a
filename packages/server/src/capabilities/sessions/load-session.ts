import { and, asc, eq } from 'drizzle-orm';
import type { ValueEntry } from '@signport/core';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { sessionParties, sessionValues, signingSessions } from '../../platform/db/schema/index.js';

export type SessionRow = typeof signingSessions.$inferSelect;
export type PartyRow = typeof sessionParties.$inferSelect;

/** A session with its parties (in the order they were added) and its filled values. */
export interface LoadedSession {
  session: SessionRow;
  parties: PartyRow[];
  values: ValueEntry[];
}

/** Reads a session of this account, or undefined; pass a transaction to read what it will change. */
export async function loadSession(
  db: DbExecutor,
  accountId: string,
  sessionId: string,
): Promise<LoadedSession | undefined> {
  const [session] = await db
    .select()
    .from(signingSessions)
    .where(and(eq(signingSessions.id, sessionId), eq(signingSessions.accountId, accountId)));
  if (!session) return undefined;
  const [parties, values] = await Promise.all([
    db
      .select()
      .from(sessionParties)
      .where(and(eq(sessionParties.sessionId, sessionId), eq(sessionParties.accountId, accountId)))
      .orderBy(asc(sessionParties.position)),
    db
      .select({
        fieldId: sessionValues.fieldId,
        partyId: sessionValues.partyId,
        value: sessionValues.value,
      })
      .from(sessionValues)
      .where(and(eq(sessionValues.sessionId, sessionId), eq(sessionValues.accountId, accountId))),
  ]);
  return {
    session,
    parties,
    values: values.map((entry) => ({
      fieldId: entry.fieldId,
      partyId: entry.partyId === '' ? null : entry.partyId,
      value: entry.value ?? null,
    })),
  };
}
