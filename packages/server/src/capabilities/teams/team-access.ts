import type { DbExecutor } from '../../platform/db/open-database.js';
import { ApiError } from '../../platform/errors/api-error.js';
import type { Caller } from '../accounts/caller.js';
import { loadTeam, type LoadedTeam, type LoadedTeamMember } from './load-team.js';

export interface TeamAccess {
  team: LoadedTeam;
  /** The calling member; undefined when the host's backend calls with its secret key. */
  member: LoadedTeamMember | undefined;
}

/**
 * The team as the caller may see it: the account's backend sees every team, a user only the teams
 * they belong to. Anything else is the same 404, so team ids of others cannot be probed.
 */
export async function teamAccess(
  db: DbExecutor,
  caller: Caller,
  teamId: string,
): Promise<TeamAccess> {
  const team = await loadTeam(db, caller.accountId, teamId);
  const member = team?.members.find((candidate) => candidate.user.id === caller.userId);
  if (!team || (caller.userId !== undefined && !member)) {
    throw new ApiError('not_found', 'No such team.', { field: 'teamId' });
  }
  return { team, member };
}
