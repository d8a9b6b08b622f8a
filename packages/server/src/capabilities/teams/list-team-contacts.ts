import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../../platform/db/open-database.js';
import { teamContacts } from '../../platform/db/schema/index.js';
import type { Caller } from '../accounts/caller.js';
import { teamAccess } from './team-access.js';
import type { TeamContact } from '@signport/core';
import { toTeamContactResponse } from './to-team-contact-response.js';

/** The team's contacts, oldest first. */
export async function listTeamContacts(
  db: Database,
  caller: Caller,
  teamId: string,
): Promise<TeamContact[]> {
  const { team } = await teamAccess(db, caller, teamId);
  const rows = await db
    .select()
    .from(teamContacts)
    .where(and(eq(teamContacts.teamId, team.id), eq(teamContacts.accountId, caller.accountId)))
    .orderBy(asc(teamContacts.createdAt), asc(teamContacts.id));
  return rows.map(toTeamContactResponse);
}
