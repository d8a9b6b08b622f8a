import { and, eq } from 'drizzle-orm';
import { smsWindowOpening } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { planEnrollments, type teams } from '../../platform/db/schema/index.js';
import { recordPlanEvent } from './record-plan-event.js';
import { schedulePlanStep } from './schedule-plan-step.js';

export interface HoldInput {
  accountId: string;
  enrollmentId: string;
  planId: string;
  contactId: string;
  stepIndex: number;
  team: Pick<typeof teams.$inferSelect, 'smsTimeZone' | 'smsWindowStart' | 'smsWindowEnd'>;
}

/**
 * Outside the team's texting hours, moves a text step to the moment the window opens (a new job for
 * the same step) and says so on the timeline. Returns whether the step was held.
 */
export async function holdForQuietHours(
  deps: { db: DbExecutor; clock: Clock },
  { accountId, enrollmentId, planId, contactId, stepIndex, team }: HoldInput,
): Promise<boolean> {
  if (!team.smsWindowStart || !team.smsWindowEnd) return false;
  const now = deps.clock();
  const window = { timeZone: team.smsTimeZone, start: team.smsWindowStart, end: team.smsWindowEnd };
  const opensAt = smsWindowOpening(now, window);
  if (opensAt.getTime() <= now.getTime()) return false;

  await deps.db
    .update(planEnrollments)
    .set({ nextRunAt: opensAt, updatedAt: now })
    .where(and(eq(planEnrollments.id, enrollmentId), eq(planEnrollments.accountId, accountId)));
  await schedulePlanStep(deps, {
    accountId,
    enrollmentId,
    stepIndex,
    runAt: opensAt,
    heldUntil: opensAt,
  });
  await recordPlanEvent(deps, {
    accountId,
    contactId,
    kind: 'sms_held_quiet_hours',
    planId,
    enrollmentId,
    stepIndex,
    note: `Held until ${window.start} ${window.timeZone} (${opensAt.toISOString()}): texts go out between ${window.start} and ${window.end} only.`,
  });
  return true;
}
