import { and, eq } from 'drizzle-orm';
import type { Enrollment } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { planEnrollments } from '../../platform/db/schema/index.js';
import { ApiError } from '../../platform/errors/api-error.js';
import type { Caller } from '../accounts/caller.js';
import { planAccess } from './plan-access.js';
import { recordPlanEvent } from './record-plan-event.js';
import { schedulePlanStep } from './schedule-plan-step.js';
import { toEnrollmentResponse } from './to-enrollment-response.js';

/**
 * Resumes an enrolment paused by the contact's reply: the step it stopped at runs now, the rest
 * follow with their delays. Anything but a paused enrolment is a 409 `invalid_state`.
 */
export async function resumeEnrollment(
  deps: { db: Database; clock: Clock },
  caller: Caller,
  { planId, enrollmentId }: { planId: string; enrollmentId: string },
): Promise<Enrollment> {
  const { plan } = await planAccess(deps.db, caller, planId);
  const ours = and(
    eq(planEnrollments.id, enrollmentId),
    eq(planEnrollments.planId, plan.id),
    eq(planEnrollments.accountId, caller.accountId),
  );
  return deps.db.transaction(async (tx) => {
    const txDeps = { db: tx, clock: deps.clock };
    const now = deps.clock();
    const [resumed] = await tx
      .update(planEnrollments)
      .set({ status: 'active', nextRunAt: now, updatedAt: now })
      .where(and(ours, eq(planEnrollments.status, 'paused')))
      .returning();
    if (!resumed) {
      const [existing] = await tx.select().from(planEnrollments).where(ours);
      if (!existing)
        throw new ApiError('not_found', 'No such enrolment in this plan.', {
          field: 'enrollmentId',
        });
      throw new ApiError('invalid_state', `This enrolment is ${existing.status}, not paused.`);
    }
    await schedulePlanStep(txDeps, {
      accountId: caller.accountId,
      enrollmentId,
      stepIndex: resumed.nextStepIndex,
      runAt: now,
      heldUntil: now,
    });
    await recordPlanEvent(txDeps, {
      accountId: caller.accountId,
      contactId: resumed.contactId,
      kind: 'resumed',
      planId: plan.id,
      enrollmentId,
    });
    return toEnrollmentResponse(resumed);
  });
}
