import { and, eq, inArray } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.js';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { planEnrollments, plans } from '../../platform/db/schema/index.js';
import { recordPlanEvent } from '../plans/record-plan-event.js';

/**
 * Pauses the contact's active enrolments in plans that pause on reply, and says so on the timeline.
 * Their queued steps then find the enrolment paused and do nothing. Returns the paused plans' names.
 */
export async function pausePlansOnReply(
  deps: { db: DbExecutor; clock: Clock },
  input: { accountId: string; contactId: string; agentId: string },
): Promise<string[]> {
  const active = await deps.db
    .select({ enrollmentId: planEnrollments.id, planId: plans.id, planName: plans.name })
    .from(planEnrollments)
    .innerJoin(plans, eq(plans.id, planEnrollments.planId))
    .where(
      and(
        eq(planEnrollments.accountId, input.accountId),
        eq(planEnrollments.contactId, input.contactId),
        eq(planEnrollments.status, 'active'),
        eq(plans.pauseOnReply, true),
      ),
    );
  if (active.length === 0) return [];
  const now = deps.clock();
  await deps.db
    .update(planEnrollments)
    .set({ status: 'paused', nextRunAt: null, updatedAt: now })
    .where(
      and(
        eq(planEnrollments.accountId, input.accountId),
        eq(planEnrollments.status, 'active'),
        inArray(
          planEnrollments.id,
          active.map((row) => row.enrollmentId),
        ),
      ),
    );
  for (const row of active) {
    await recordPlanEvent(deps, {
      accountId: input.accountId,
      contactId: input.contactId,
      kind: 'paused_on_reply',
      planId: row.planId,
      enrollmentId: row.enrollmentId,
      agentId: input.agentId,
      note: `Plan “${row.planName}” paused: the contact replied by text. Resume it when you are done talking.`,
    });
  }
  return active.map((row) => row.planName);
}
