import type { RuleError } from '@signport/core';
import { ApiError } from '../../platform/errors/api-error.js';

/** A domain rule's refusal as the API answers it: same code, message and field. */
export function ruleRefusal(error: RuleError, fieldPrefix = ''): ApiError {
  const field = error.field === undefined ? undefined : `${fieldPrefix}${error.field}`;
  return new ApiError(error.code, `${error.message}.`, { field });
}
