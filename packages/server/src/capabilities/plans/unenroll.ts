import { and, eq, inArray } from 'drizzle-orm';
import type { Enrollment } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { planEnrollments } from '../../platform/db/schema/index.js';
import { ApiError } from '../../platform/errors/api-error.js';
import type { Caller } from '../accounts/caller.js';
import { planAccess } from './plan-access.js';
import { recordPlanEvent } from './record-plan-event.js';
import { toEnrollmentResponse } from './to-enrollment-response.js';

/**
 * Stops an enrolment (active or paused): its queued step finds it cancelled and does nothing. Stopping a finished
 * enrolment changes nothing.
 */
export async function unenroll(
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
    const now = deps.clock();
    const [cancelled] = await tx
      .update(planEnrollments)
      .set({ status: 'cancelled', nextRunAt: null, updatedAt: now })
      .where(and(ours, inArray(planEnrollments.status, ['active', 'paused'])))
      .returning();
    if (cancelled) {
      await recordPlanEvent(
        { db: tx, clock: deps.clock },
        {
          accountId: caller.accountId,
          contactId: cancelled.contactId,
          kind: 'unenrolled',
          planId: plan.id,
          enrollmentId,
        },
      );
      return toEnrollmentResponse(cancelled);
    }
    const [existing] = await tx.select().from(planEnrollments).where(ours);
    if (!existing)
      throw new ApiError('not_found', 'No such enrolment in this plan.', { field: 'enrollmentId' });
    return toEnrollmentResponse(existing);
  });
}
