import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Plan, UpdatePlanRequest } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { plans } from '../../platform/db/schema/index.js';
import type { Caller } from '../accounts/caller.js';
import { planAccess } from './plan-access.js';
import { toPlanResponse } from './to-plan-response.js';
import { toStoredSteps } from './to-stored-steps.js';

/**
 * Replaces a plan's name and steps. Active enrolments carry on from the step number they reached,
 * with the new steps.
 */
export async function updatePlan(
  deps: { db: Database; clock: Clock },
  caller: Caller,
  planId: string,
  input: z.infer<typeof UpdatePlanRequest>,
): Promise<Plan> {
  const { plan, member } = await planAccess(deps.db, caller, planId);
  const [row] = await deps.db
    .update(plans)
    .set({
      name: input.name,
      steps: toStoredSteps(input.steps, member),
      pauseOnReply: input.pauseOnReply,
      updatedAt: deps.clock(),
    })
    .where(and(eq(plans.id, plan.id), eq(plans.accountId, caller.accountId)))
    .returning();
  if (!row) throw new Error('The plan update returned no row.');
  return toPlanResponse(row);
}
