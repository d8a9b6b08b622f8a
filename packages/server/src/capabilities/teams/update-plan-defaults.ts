import { and, eq } from 'drizzle-orm';
import { canChangePlanDefaults, type PlanDefaults } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { teams } from '../../platform/db/schema/index.js';
import { ApiError } from '../../platform/errors/api-error.js';
import type { Caller } from '../accounts/caller.js';
import { teamAccess } from './team-access.js';

export const planDefaultsRefusal =
  'Only the rainmaker or team members with Enhanced or Unlimited permission can change the plan defaults.';

/**
 * Replaces the team's designated agent per step type. A member needs the rainmaker role or enhanced
 * or unlimited permission; the host's backend (secret key) may always.
 */
export async function updatePlanDefaults(
  deps: { db: Database; clock: Clock },
  caller: Caller,
  teamId: string,
  defaults: PlanDefaults,
): Promise<PlanDefaults> {
  const { team, member } = await teamAccess(deps.db, caller, teamId);
  if (member && !canChangePlanDefaults(member)) {
    throw new ApiError('forbidden', planDefaultsRefusal);
  }
  await deps.db
    .update(teams)
    .set({ planDefaults: defaults, updatedAt: deps.clock() })
    .where(and(eq(teams.id, team.id), eq(teams.accountId, caller.accountId)));
  return defaults;
}
