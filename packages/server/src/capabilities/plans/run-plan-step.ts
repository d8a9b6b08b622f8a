import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { planEnrollments, plans, teamContacts } from '../../platform/db/schema/index.js';
import type { JobHandler } from '../../platform/jobs/job-handler.js';
import { loadTeam } from '../teams/load-team.js';
import { carryOutPlanStep } from './carry-out-plan-step.js';
import { holdForQuietHours } from './hold-for-quiet-hours.js';
import { unsubscribeUrl } from './unsubscribe-token.js';
import { recordPlanEvent } from './record-plan-event.js';
import { schedulePlanStep } from './schedule-plan-step.js';

const Payload = z.object({ enrollmentId: z.string(), stepIndex: z.int().min(0) });

/**
 * The `plan_step` job handler. One transaction moves the enrolment past the step (only if it still
 * stands at it), does the step, and queues the next one: a second run of the same step — another
 * instance after a lapsed lease, or a retry after a crash — finds the enrolment moved on and does
 * nothing, so every step happens exactly once.
 */
export function runPlanStep({
  db,
  clock,
  publicUrl,
  getRootKey,
}: {
  db: Database;
  clock: Clock;
  /** For the unsubscribe links of plan emails. */
  publicUrl: string;
  getRootKey: () => Promise<Uint8Array>;
}): JobHandler {
  return async (payload, { accountId }) => {
    const { enrollmentId, stepIndex } = Payload.parse(payload);
    if (!accountId) throw new Error('A plan step job needs its account.');
    const rootKey = await getRootKey();
    await db.transaction(async (tx) => {
      const deps = { db: tx, clock };
      const [row] = await tx
        .select({ enrollment: planEnrollments, plan: plans, contact: teamContacts })
        .from(planEnrollments)
        .innerJoin(plans, eq(plans.id, planEnrollments.planId))
        .innerJoin(teamContacts, eq(teamContacts.id, planEnrollments.contactId))
        .where(and(eq(planEnrollments.id, enrollmentId), eq(planEnrollments.accountId, accountId)));
      if (!row) return;
      const { plan, contact, enrollment } = row;
      if (enrollment.status !== 'active' || enrollment.nextStepIndex !== stepIndex) return;
      const step = plan.steps[stepIndex];
      const team = step ? await loadTeam(tx, accountId, plan.teamId) : undefined;
      if (step && !team) throw new Error(`Plan ${plan.id} has no team.`);
      // An opted-out contact gets no text at any hour: the step becomes a task at once.
      if (step?.type === 'sms' && team && !contact.smsOptedOutAt) {
        const held = await holdForQuietHours(deps, {
          accountId,
          enrollmentId,
          planId: plan.id,
          contactId: contact.id,
          stepIndex,
          team,
        });
        if (held) return;
      }
      const now = clock();
      const nextIndex = stepIndex + 1;
      const nextStep = plan.steps[nextIndex];
      const nextRunAt = nextStep ? new Date(now.getTime() + nextStep.delayMinutes * 60_000) : null;

      const [advanced] = await tx
        .update(planEnrollments)
        .set({
          nextStepIndex: nextIndex,
          status: nextStep ? 'active' : 'completed',
          nextRunAt,
          updatedAt: now,
        })
        .where(
          and(
            eq(planEnrollments.id, enrollmentId),
            eq(planEnrollments.accountId, accountId),
            eq(planEnrollments.status, 'active'),
            eq(planEnrollments.nextStepIndex, stepIndex),
          ),
        )
        .returning({ id: planEnrollments.id });
      if (!advanced) return;

      if (step && team) {
        await carryOutPlanStep(deps, {
          accountId,
          planId: plan.id,
          enrollmentId,
          stepIndex,
          step,
          team,
          contact,
          unsubscribeUrl: unsubscribeUrl(publicUrl, rootKey, {
            accountId,
            contactId: contact.id,
          }),
        });
      }
      if (nextRunAt) {
        await schedulePlanStep(deps, {
          accountId,
          enrollmentId,
          stepIndex: nextIndex,
          runAt: nextRunAt,
        });
      } else {
        await recordPlanEvent(deps, {
          accountId,
          contactId: contact.id,
          kind: 'completed',
          planId: plan.id,
          enrollmentId,
        });
      }
    });
  };
}
