import { and, eq, inArray } from 'drizzle-orm';
import type { PlanDefaults } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { teamMembers, teams, users } from '../../platform/db/schema/index.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { newId } from '../../platform/ids.js';
import type { Caller } from '../accounts/caller.js';
import { loadTeam, type LoadedTeam } from './load-team.js';
import type { CreateTeamRequest } from '@signport/core';

/** A new team's plan defaults: every step follows the contact's assignee. */
export const initialPlanDefaults: PlanDefaults = {
  task: 'contact_assignee',
  email: 'contact_assignee',
  sms: 'contact_assignee',
};

/**
 * Creates a team with its members (users of the same account). A user creating a team through
 * their embed token must be its rainmaker: the team leader answers for whose name and credits the
 * team's plans use.
 */
export async function createTeam(
  deps: { db: Database; clock: Clock },
  caller: Caller,
  input: CreateTeamRequest,
): Promise<LoadedTeam> {
  const userIds = input.members.map((member) => member.userId);
  const rainmaker = input.members.find((member) => member.teamRole === 'rainmaker');
  if (caller.userId !== undefined && rainmaker?.userId !== caller.userId) {
    throw new ApiError(
      'forbidden',
      'Only the team’s rainmaker can create a team: name yourself as its rainmaker.',
      { field: 'members' },
    );
  }
  const known = await deps.db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.accountId, caller.accountId), inArray(users.id, userIds)));
  const knownIds = new Set(known.map((row) => row.id));
  const unknown = userIds.findIndex((id) => !knownIds.has(id));
  if (unknown !== -1) {
    throw new ApiError('validation_failed', 'No user with this id.', {
      field: `members.${unknown}.userId`,
    });
  }

  const now = deps.clock();
  const teamId = newId('team');
  await deps.db.transaction(async (tx) => {
    await tx.insert(teams).values({
      id: teamId,
      accountId: caller.accountId,
      name: input.name,
      planDefaults: initialPlanDefaults,
      createdAt: now,
      updatedAt: now,
    });
    await tx.insert(teamMembers).values(
      input.members.map((member, position) => ({
        teamId,
        userId: member.userId,
        accountId: caller.accountId,
        teamRole: member.teamRole,
        permission: member.permission,
        // Keeps the members in the order given.
        createdAt: new Date(now.getTime() + position),
      })),
    );
  });
  const team = await loadTeam(deps.db, caller.accountId, teamId);
  if (!team) throw new Error('The created team was not found.');
  return team;
}
