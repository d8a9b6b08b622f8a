import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { teamContacts } from '../../platform/db/schema/index.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { newId } from '../../platform/ids.js';
import type { Caller } from '../accounts/caller.js';
import { teamAccess } from './team-access.js';
import type { CreateTeamContactRequest, TeamContact } from '@signport/core';
import { toTeamContactResponse } from './to-team-contact-response.js';

/** Adds a contact to the team's plans; its primary assignee, when given, must be a team member. */
export async function createTeamContact(
  deps: { db: Database; clock: Clock },
  caller: Caller,
  teamId: string,
  input: CreateTeamContactRequest,
): Promise<TeamContact> {
  const { team } = await teamAccess(deps.db, caller, teamId);
  if (input.assigneeId !== null && !team.planTeam.memberIds.includes(input.assigneeId)) {
    throw new ApiError('validation_failed', 'The assignee must be a member of the team.', {
      field: 'assigneeId',
    });
  }
  const [row] = await deps.db
    .insert(teamContacts)
    .values({
      id: newId('con'),
      accountId: caller.accountId,
      teamId: team.id,
      name: input.name,
      email: input.email,
      phone: input.phone,
      assigneeId: input.assigneeId,
      createdAt: deps.clock(),
    })
    .returning();
  if (!row) throw new Error('The contact insert returned no row.');
  return toTeamContactResponse(row);
}
