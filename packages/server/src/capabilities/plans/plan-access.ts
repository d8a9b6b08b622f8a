import { and, eq } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { plans } from '../../platform/db/schema/index.js';
import { ApiError } from '../../platform/errors/api-error.js';
import type { Caller } from '../accounts/caller.js';
import { teamAccess, type TeamAccess } from '../teams/team-access.js';

export interface PlanAccess extends TeamAccess {
  plan: typeof plans.$inferSelect;
}

/** The plan with its team, if the caller may see the team (same 404 otherwise). */
export async function planAccess(
  db: DbExecutor,
  caller: Caller,
  planId: string,
): Promise<PlanAccess> {
  const [plan] = await db
    .select()
    .from(plans)
    .where(and(eq(plans.id, planId), eq(plans.accountId, caller.accountId)));
  if (!plan) throw new ApiError('not_found', 'No such plan.', { field: 'id' });
  const access = await teamAccess(db, caller, plan.teamId).catch((error: unknown) => {
    if (error instanceof ApiError && error.code === 'not_found')
      throw new ApiError('not_found', 'No such plan.', { field: 'id', cause: error });
    throw error;
  });
  return { ...access, plan };
}
