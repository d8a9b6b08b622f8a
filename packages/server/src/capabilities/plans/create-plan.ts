import type { z } from 'zod';
import type { CreatePlanRequest, Plan } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { plans } from '../../platform/db/schema/index.js';
import { newId } from '../../platform/ids.js';
import type { Caller } from '../accounts/caller.js';
import { teamAccess } from '../teams/team-access.js';
import { toPlanResponse } from './to-plan-response.js';
import { toStoredSteps } from './to-stored-steps.js';

/** Creates a plan for one of the caller's teams. */
export async function createPlan(
  deps: { db: Database; clock: Clock },
  caller: Caller,
  input: z.infer<typeof CreatePlanRequest>,
): Promise<Plan> {
  const { team, member } = await teamAccess(deps.db, caller, input.teamId);
  const now = deps.clock();
  const [row] = await deps.db
    .insert(plans)
    .values({
      id: newId('pln'),
      accountId: caller.accountId,
      teamId: team.id,
      name: input.name,
      steps: toStoredSteps(input.steps, member),
      pauseOnReply: input.pauseOnReply,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!row) throw new Error('The plan insert returned no row.');
  return toPlanResponse(row);
}
