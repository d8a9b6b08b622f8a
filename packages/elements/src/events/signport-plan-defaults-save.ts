import type { PlanDefaults } from '@signport/core/client';

/** What the server saved. */
export interface SignportPlanDefaultsSaveDetail {
  teamId: string;
  defaults: PlanDefaults;
}

/** Fired when `<plan-defaults>` has saved the team's defaults. */
export type SignportPlanDefaultsSaveEvent = CustomEvent<SignportPlanDefaultsSaveDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'signport-plan-defaults-save': SignportPlanDefaultsSaveEvent;
  }
}
