import type { RuleError } from '@signport/core';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ApiError } from '../../platform/errors/api-error.js';

const statusByCode: Record<RuleError['code'], ContentfulStatusCode> = {
  validation_failed: 400,
  signature_required: 400,
  forbidden: 403,
  field_not_yours: 403,
  field_locked: 403,
  not_your_turn: 409,
  invalid_state: 409,
  already_completed: 409,
  conflict: 409,
};

/** A domain rule's refusal as the API answers it: same code, message and field. */
export function ruleRefusal(error: RuleError, fieldPrefix = ''): ApiError {
  const field = error.field === undefined ? undefined : `${fieldPrefix}${error.field}`;
  return new ApiError(statusByCode[error.code], error.code, `${error.message}.`, field);
}
