import type { z } from 'zod';
import { ApiError } from './api-error.js';

/** Turns zod's first issue into a 400 `validation_failed` naming the field by its dotted path. */
export function validationError(error: z.ZodError): ApiError {
  const issue = error.issues[0];
  if (!issue)
    return new ApiError('validation_failed', 'The request is not valid.', { cause: error });
  const field = issue.path.map(String).join('.');
  const missing = issue.code === 'invalid_type' && issue.message.endsWith('received undefined');
  const message = field
    ? missing
      ? `${field} is required.`
      : `${field}: ${issue.message}`
    : `Request body: ${issue.message}`;
  return new ApiError('validation_failed', message, { field: field || undefined, cause: error });
}
