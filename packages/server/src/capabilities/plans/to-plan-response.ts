import type { Plan } from '@signport/core';
import type { plans, StoredPlanStep } from '../../platform/db/schema/index.js';

function toStepResponse(step: StoredPlanStep, position: number): Plan['steps'][number] {
  const base = { id: step.id, position, delayMinutes: step.delayMinutes, assignee: step.assignee };
  switch (step.type) {
    case 'email':
      return { ...base, type: 'email', subject: step.subject ?? '', body: step.body ?? '' };
    case 'sms':
      return { ...base, type: 'sms', text: step.text ?? '' };
    case 'task':
      return {
        ...base,
        type: 'task',
        title: step.title ?? '',
        ...(step.notes ? { notes: step.notes } : {}),
      };
  }
}

/** The API's view of a plan. */
export function toPlanResponse(row: typeof plans.$inferSelect): Plan {
  return {
    id: row.id,
    teamId: row.teamId,
    name: row.name,
    steps: row.steps.map(toStepResponse),
    pauseOnReply: row.pauseOnReply,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
