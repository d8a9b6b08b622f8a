import type { z } from 'zod';
import { canChangePlanDefaults, type UpdatePlanRequest } from '@signport/core';
import type { StoredPlanStep } from '../../platform/db/schema/index.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { newId } from '../../platform/ids.js';
import type { LoadedTeamMember } from '../teams/load-team.js';
import { planDefaultsRefusal } from '../teams/update-plan-defaults.js';

/** Steps as the request validator returns them, defaults applied. */
export type ParsedSteps = z.infer<typeof UpdatePlanRequest>['steps'];

/**
 * Validated steps as stored, each with a fresh id. Overriding a step's designated agent is the same
 * decision as changing the defaults, so it needs the same permission.
 */
export function toStoredSteps(
  steps: ParsedSteps,
  member: LoadedTeamMember | undefined,
): StoredPlanStep[] {
  const overridden = steps.findIndex((step) => step.assignee !== null);
  if (member && overridden !== -1 && !canChangePlanDefaults(member)) {
    throw new ApiError('forbidden', planDefaultsRefusal, { field: `steps.${overridden}.assignee` });
  }
  return steps.map((step) => ({ ...step, id: newId('stp') }));
}
