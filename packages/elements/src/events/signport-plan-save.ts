import type { Plan } from '@signport/core/client';

/** The plan as the server saved it. */
export interface SignportPlanSaveDetail {
  plan: Plan;
}

/** Fired by `<plan-editor>` when a plan was created or its steps saved. */
export type SignportPlanSaveEvent = CustomEvent<SignportPlanSaveDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'signport-plan-save': SignportPlanSaveEvent;
  }
}
