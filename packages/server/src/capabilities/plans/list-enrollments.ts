import { and, asc, eq } from 'drizzle-orm';
import type { EnrollmentList } from '@signport/core';
import type { Database } from '../../platform/db/open-database.js';
import { planEnrollments } from '../../platform/db/schema/index.js';
import type { Caller } from '../accounts/caller.js';
import { planAccess } from './plan-access.js';
import { toEnrollmentResponse } from './to-enrollment-response.js';

/** Every enrolment of the plan, oldest first. */
export async function listEnrollments(
  db: Database,
  caller: Caller,
  planId: string,
): Promise<EnrollmentList> {
  const { plan } = await planAccess(db, caller, planId);
  const rows = await db
    .select()
    .from(planEnrollments)
    .where(
      and(eq(planEnrollments.planId, plan.id), eq(planEnrollments.accountId, caller.accountId)),
    )
    .orderBy(asc(planEnrollments.enrolledAt), asc(planEnrollments.id));
  return { items: rows.map(toEnrollmentResponse) };
}
