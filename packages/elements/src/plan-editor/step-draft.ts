import type { AssigneeRole, Plan, PlanStepInput, PlanStepType } from '@signport/core/client';

/** The units the delay is written in, with their length in minutes, largest first. */
export const delayUnits = [
  ['days', 1440],
  ['hours', 60],
  ['minutes', 1],
] as const;
export type DelayUnit = (typeof delayUnits)[number][0];

/** One step as the form edits it: every kind's texts kept, so switching kind loses nothing. */
export interface StepDraft {
  key: number;
  type: PlanStepType;
  delay: number;
  unit: DelayUnit;
  assignee: AssigneeRole | '';
  subject: string;
  body: string;
  text: string;
  title: string;
  notes: string;
}

let nextKey = 1;

export function newStep(type: PlanStepType): StepDraft {
  return {
    key: nextKey++,
    type,
    delay: type === 'email' ? 0 : 1,
    unit: 'days',
    assignee: '',
    subject: '',
    body: '',
    text: '',
    title: '',
    notes: '',
  };
}

/** A saved step as a draft, its delay in the largest unit that divides it. */
export function stepDraftOf(step: Plan['steps'][number]): StepDraft {
  const [unit, size] = delayUnits.find(([, size]) => step.delayMinutes % size === 0) ?? [
    'minutes',
    1,
  ];
  return {
    ...newStep(step.type),
    delay: step.delayMinutes / size,
    unit,
    assignee: step.assignee ?? '',
    ...(step.type === 'email' && { subject: step.subject, body: step.body }),
    ...(step.type === 'sms' && { text: step.text }),
    ...(step.type === 'task' && { title: step.title, notes: step.notes ?? '' }),
  };
}

/** The request's step: only what its kind takes. */
export function stepInputOf(draft: StepDraft): PlanStepInput {
  const size = delayUnits.find(([unit]) => unit === draft.unit)?.[1] ?? 1;
  const base = {
    delayMinutes: Math.round(draft.delay * size),
    assignee: draft.assignee || null,
  };
  if (draft.type === 'email')
    return { type: 'email', ...base, subject: draft.subject, body: draft.body };
  if (draft.type === 'sms') return { type: 'sms', ...base, text: draft.text };
  return {
    type: 'task',
    ...base,
    title: draft.title,
    ...(draft.notes.trim() && { notes: draft.notes }),
  };
}
