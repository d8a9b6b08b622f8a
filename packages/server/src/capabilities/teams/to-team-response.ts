import type { LoadedTeam } from './load-team.js';
import type { Team } from '@signport/core';

/** The API's view of a team. */
export function toTeamResponse(team: LoadedTeam): Team {
  return {
    id: team.id,
    name: team.name,
    members: team.members,
    planDefaults: team.planDefaults,
    createdAt: team.createdAt.toISOString(),
    updatedAt: team.updatedAt.toISOString(),
  };
}
