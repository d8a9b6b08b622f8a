import type { Clock } from '../../platform/clock.js';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { enqueueJob } from '../../platform/jobs/enqueue-job.js';

export const PLAN_STEP_JOB = 'plan_step';

/**
 * Queues one step of one enrolment; the key makes a second scheduling of the same step a no-op. A
 * step run again on purpose (held for quiet hours, resumed) names the occasion in `heldUntil`.
 */
export async function schedulePlanStep(
  deps: { db: DbExecutor; clock: Clock },
  input: {
    accountId: string;
    enrollmentId: string;
    stepIndex: number;
    runAt: Date;
    heldUntil?: Date;
  },
): Promise<void> {
  const occasion = input.heldUntil ? `:${input.heldUntil.getTime()}` : '';
  await enqueueJob(deps, {
    kind: PLAN_STEP_JOB,
    payload: { enrollmentId: input.enrollmentId, stepIndex: input.stepIndex },
    accountId: input.accountId,
    runAt: input.runAt,
    idempotencyKey: `plan-step:${input.enrollmentId}:${input.stepIndex}${occasion}`,
  });
}
