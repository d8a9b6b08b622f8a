import { and, asc, eq, sql } from 'drizzle-orm';
import type { ValueEntry } from '@signport/core';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { sessionParties, sessionValues, signingSessions } from '../../platform/db/schema/index.js';
import { preparedQuery } from '../../platform/db/prepared-query.js';

export type SessionRow = typeof signingSessions.$inferSelect;
export type PartyRow = typeof sessionParties.$inferSelect;

/** A session with its parties (in the order they were added) and its filled values. */
export interface LoadedSession {
  session: SessionRow;
  parties: PartyRow[];
  values: ValueEntry[];
}

const bySession = {
  sessionId: sql.placeholder('sessionId'),
  accountId: sql.placeholder('accountId'),
};

const sessionRow = preparedQuery((db: DbExecutor) =>
  db
    .select()
    .from(signingSessions)
    .where(
      and(
        eq(signingSessions.id, bySession.sessionId),
        eq(signingSessions.accountId, bySession.accountId),
      ),
    )
    .prepare(),
);

const partyRows = preparedQuery((db: DbExecutor) =>
  db
    .select()
    .from(sessionParties)
    .where(
      and(
        eq(sessionParties.sessionId, bySession.sessionId),
        eq(sessionParties.accountId, bySession.accountId),
      ),
    )
    .orderBy(asc(sessionParties.position))
    .prepare(),
);

const valueRows = preparedQuery((db: DbExecutor) =>
  db
    .select({
      fieldId: sessionValues.fieldId,
      partyId: sessionValues.partyId,
      value: sessionValues.value,
    })
    .from(sessionValues)
    .where(
      and(
        eq(sessionValues.sessionId, bySession.sessionId),
        eq(sessionValues.accountId, bySession.accountId),
      ),
    )
    .prepare(),
);

/** Reads a session of this account, or undefined; pass a transaction to read what it will change. */
export async function loadSession(
  db: DbExecutor,
  accountId: string,
  sessionId: string,
): Promise<LoadedSession | undefined> {
  const ids = { sessionId, accountId };
  const [session] = await sessionRow(db).all(ids);
  if (!session) return undefined;
  const [parties, values] = await Promise.all([partyRows(db).all(ids), valueRows(db).all(ids)]);
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
