import type { Clock } from '../../platform/clock.js';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { planEvents, type PlanEventKind } from '../../platform/db/schema/index.js';
import { newId } from '../../platform/ids.js';

export interface PlanEventInput {
  accountId: string;
  contactId: string;
  kind: PlanEventKind;
  planId?: string | null | undefined;
  enrollmentId?: string | null | undefined;
  stepIndex?: number | null | undefined;
  agentId?: string | null | undefined;
  replyToAgentId?: string | null | undefined;
  note?: string | null | undefined;
}

/** Adds an entry to the contact's timeline. */
export async function recordPlanEvent(
  deps: { db: DbExecutor; clock: Clock },
  event: PlanEventInput,
): Promise<void> {
  await deps.db.insert(planEvents).values({
    id: newId('pev'),
    accountId: event.accountId,
    contactId: event.contactId,
    kind: event.kind,
    planId: event.planId ?? null,
    enrollmentId: event.enrollmentId ?? null,
    stepIndex: event.stepIndex ?? null,
    agentId: event.agentId ?? null,
    replyToAgentId: event.replyToAgentId ?? null,
    note: event.note ?? null,
    createdAt: deps.clock(),
  });
}
