import type { Enrollment } from '@signport/core';
import type { planEnrollments } from '../../platform/db/schema/index.js';

/** The API's view of an enrolment. */
export function toEnrollmentResponse(row: typeof planEnrollments.$inferSelect): Enrollment {
  return {
    id: row.id,
    planId: row.planId,
    contactId: row.contactId,
    status: row.status,
    nextStepIndex: row.nextStepIndex,
    nextRunAt: row.nextRunAt?.toISOString() ?? null,
    enrolledAt: row.enrolledAt.toISOString(),
  };
}
