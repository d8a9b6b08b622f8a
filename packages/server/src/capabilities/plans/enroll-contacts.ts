import { and, eq, inArray } from 'drizzle-orm';
import type { Enrollment } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { planEnrollments, teamContacts } from '../../platform/db/schema/index.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { newId } from '../../platform/ids.js';
import type { Caller } from '../accounts/caller.js';
import { planAccess } from './plan-access.js';
import { recordPlanEvent } from './record-plan-event.js';
import { schedulePlanStep } from './schedule-plan-step.js';
import { toEnrollmentResponse } from './to-enrollment-response.js';

/**
 * Enrols contacts of the plan's team and queues each one's first step, all or nothing. A contact
 * already going through the plan is a 409.
 */
export async function enrollContacts(
  deps: { db: Database; clock: Clock },
  caller: Caller,
  planId: string,
  contactIds: string[],
): Promise<Enrollment[]> {
  const { accountId } = caller;
  const { plan } = await planAccess(deps.db, caller, planId);
  return deps.db.transaction(async (tx) => {
    const found = await tx
      .select({ id: teamContacts.id })
      .from(teamContacts)
      .where(
        and(
          eq(teamContacts.accountId, accountId),
          eq(teamContacts.teamId, plan.teamId),
          inArray(teamContacts.id, contactIds),
        ),
      );
    const foundIds = new Set(found.map((row) => row.id));
    const missing = contactIds.findIndex((id) => !foundIds.has(id));
    if (missing !== -1) {
      throw new ApiError('validation_failed', 'No such contact in the plan’s team.', {
        field: `contactIds.${missing}`,
      });
    }
    const active = await tx
      .select({ contactId: planEnrollments.contactId })
      .from(planEnrollments)
      .where(
        and(
          eq(planEnrollments.accountId, accountId),
          eq(planEnrollments.planId, plan.id),
          inArray(planEnrollments.status, ['active', 'paused']),
          inArray(planEnrollments.contactId, contactIds),
        ),
      );
    const activeIds = new Set(active.map((row) => row.contactId));
    const enrolled = contactIds.findIndex((id) => activeIds.has(id));
    if (enrolled !== -1) {
      throw new ApiError(
        'conflict',
        'This contact is already enrolled in the plan (active or paused).',
        {
          field: `contactIds.${enrolled}`,
        },
      );
    }

    const now = deps.clock();
    const firstRunAt = new Date(now.getTime() + (plan.steps[0]?.delayMinutes ?? 0) * 60_000);
    const rows = await tx
      .insert(planEnrollments)
      .values(
        contactIds.map((contactId) => ({
          id: newId('enr'),
          accountId,
          planId: plan.id,
          contactId,
          status: 'active' as const,
          nextStepIndex: 0,
          nextRunAt: firstRunAt,
          enrolledAt: now,
          updatedAt: now,
        })),
      )
      .returning();
    for (const row of rows) {
      await recordPlanEvent(
        { db: tx, clock: deps.clock },
        {
          accountId,
          contactId: row.contactId,
          kind: 'enrolled',
          planId: plan.id,
          enrollmentId: row.id,
        },
      );
      await schedulePlanStep(
        { db: tx, clock: deps.clock },
        {
          accountId,
          enrollmentId: row.id,
          stepIndex: 0,
          runAt: firstRunAt,
        },
      );
    }
    return rows.map(toEnrollmentResponse);
  });
}
