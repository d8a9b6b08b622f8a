import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/open-database.js';
import { planEvents, teamContacts } from '../../platform/db/schema/index.js';
import { ApiError } from '../../platform/errors/api-error.js';
import type { Caller } from '../accounts/caller.js';
import { teamAccess } from '../teams/team-access.js';
import type { Timeline } from '@signport/core';

/** What the team's plans did for one contact, oldest first. */
export async function listContactTimeline(
  db: Database,
  caller: Caller,
  { teamId, contactId }: { teamId: string; contactId: string },
): Promise<Timeline> {
  const { team } = await teamAccess(db, caller, teamId);
  const [contact] = await db
    .select({ id: teamContacts.id })
    .from(teamContacts)
    .where(
      and(
        eq(teamContacts.id, contactId),
        eq(teamContacts.teamId, team.id),
        eq(teamContacts.accountId, caller.accountId),
      ),
    );
  if (!contact)
    throw new ApiError('not_found', 'No such contact in this team.', { field: 'contactId' });
  const rows = await db
    .select()
    .from(planEvents)
    .where(and(eq(planEvents.contactId, contact.id), eq(planEvents.accountId, caller.accountId)))
    // rowid keeps the order of events written in the same millisecond.
    .orderBy(asc(planEvents.createdAt), sql`rowid`);
  return {
    items: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      planId: row.planId,
      stepIndex: row.stepIndex,
      agentId: row.agentId,
      replyToAgentId: row.replyToAgentId,
      note: row.note,
      createdAt: row.createdAt.toISOString(),
    })),
  };
}
