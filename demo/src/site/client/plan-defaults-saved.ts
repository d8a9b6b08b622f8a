import type { PlanDefaults } from '@signport/core/client';
import { assigneeRoleLabels } from '../../team/shoreline-team.js';

type PlanDefaultsSaveEvent = CustomEvent<{ teamId: string; defaults: PlanDefaults }>;

/** Keeps "carried by … (team default)" in the plan list in step with what `<plan-defaults>` saved. */
export function showSavedPlanDefaults(defaultsElement: HTMLElement): void {
  defaultsElement.addEventListener('signport-plan-defaults-save', (event) => {
    const { defaults } = (event as PlanDefaultsSaveEvent).detail;
    for (const span of document.querySelectorAll<HTMLElement>('[data-step-default]')) {
      const type = span.dataset.stepDefault as keyof PlanDefaults;
      if (defaults[type]) span.textContent = assigneeRoleLabels[defaults[type]];
    }
  });
}
