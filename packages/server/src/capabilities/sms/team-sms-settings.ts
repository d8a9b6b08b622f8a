import { and, eq } from 'drizzle-orm';
import { canChangePlanDefaults } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { teams } from '../../platform/db/schema/index.js';
import { ApiError } from '../../platform/errors/api-error.js';
import type { Caller } from '../accounts/caller.js';
import type { LoadedTeam } from '../teams/load-team.js';
import { teamAccess } from '../teams/team-access.js';
import type { TeamSmsSettings } from './sms-settings-schemas.js';

export function toTeamSmsSettings(team: LoadedTeam): TeamSmsSettings {
  return {
    timeZone: team.smsTimeZone,
    sendingWindow:
      team.smsWindowStart && team.smsWindowEnd
        ? { start: team.smsWindowStart, end: team.smsWindowEnd }
        : null,
  };
}

/** Changes the team's texting hours; the same people who may change the plan defaults may. */
export async function updateTeamSmsSettings(
  deps: { db: Database; clock: Clock },
  caller: Caller,
  teamId: string,
  settings: TeamSmsSettings,
): Promise<TeamSmsSettings> {
  const { team, member } = await teamAccess(deps.db, caller, teamId);
  if (member && !canChangePlanDefaults(member)) {
    throw new ApiError(
      'forbidden',
      'Only the rainmaker or team members with Enhanced or Unlimited permission can change texting hours.',
    );
  }
  await deps.db
    .update(teams)
    .set({
      smsTimeZone: settings.timeZone,
      smsWindowStart: settings.sendingWindow?.start ?? null,
      smsWindowEnd: settings.sendingWindow?.end ?? null,
      updatedAt: deps.clock(),
    })
    .where(and(eq(teams.id, team.id), eq(teams.accountId, caller.accountId)));
  return settings;
}
