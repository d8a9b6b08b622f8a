import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Branding, Locale, UserRef } from '@signport/core';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { users } from '../../platform/db/schema/index.js';
import { preparedQuery } from '../../platform/db/prepared-query.js';
import type { SessionRow } from './load-session.js';

/** A user as a session's emails present them: named, with the branding of their profile. */
export interface SessionPerson extends UserRef {
  branding: Branding;
  /** The language of the emails they get. */
  locale: Locale;
}

/** The sender (whose Reply-To and branding every email carries) and the initiator of a session. */
export interface SessionPeople {
  sender: SessionPerson;
  initiator: SessionPerson;
  /** The initiator acted for someone else: they get a copy of each step. */
  onBehalf: boolean;
}

const peopleRows = preparedQuery((db: DbExecutor) =>
  db
    .select({
      id: users.id,
      externalId: users.externalId,
      name: users.name,
      email: users.email,
      branding: users.branding,
      locale: users.locale,
    })
    .from(users)
    .where(
      and(
        eq(users.accountId, sql.placeholder('accountId')),
        inArray(users.id, [sql.placeholder('senderId'), sql.placeholder('initiatorId')]),
      ),
    )
    .prepare(),
);

/** Loads the sender's and initiator's profiles; pass a transaction to read with the change. */
export async function loadSessionPeople(
  db: DbExecutor,
  session: Pick<SessionRow, 'accountId' | 'senderId' | 'initiatorId'>,
): Promise<SessionPeople> {
  const rows = await peopleRows(db).all({
    accountId: session.accountId,
    senderId: session.senderId,
    initiatorId: session.initiatorId,
  });
  const person = (id: string): SessionPerson =>
    rows.find((row) => row.id === id) ?? {
      id,
      externalId: '',
      name: 'Unknown user',
      email: '',
      branding: {},
      locale: 'en',
    };
  return {
    sender: person(session.senderId),
    initiator: person(session.initiatorId),
    onBehalf: session.initiatorId !== session.senderId,
  };
}
