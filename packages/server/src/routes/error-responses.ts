import { ApiErrorBody } from '@signport/core';
import type { ErrorStatus } from '../platform/errors/error-status.js';

// Prose for the OpenAPI document; the statuses themselves come from the code table in errors/.
const descriptions = {
  400: 'Invalid input (`validation_failed` with `field`, or `invalid_json`)',
  401: 'Missing, invalid or expired credentials (`unauthorized`, `token_expired`, `session_voided`)',
  403: 'The calling origin is not on the account allowlist (`origin_not_allowed`)',
  404: 'Not found (`not_found`)',
  413: 'The body is larger than 1 MB (`payload_too_large`)',
  415: 'The body is not JSON (`unsupported_media_type`)',
  429: 'Too many requests (`rate_limited`); see `Retry-After`',
} as const satisfies Partial<Record<ErrorStatus, string>>;

type ErrorResponse = {
  description: string;
  content: { 'application/json': { schema: typeof ApiErrorBody } };
};

/** OpenAPI entries for the error responses a route can give, all in the one error shape. */
export function errorResponses<S extends keyof typeof descriptions>(
  ...statuses: S[]
): Record<S, ErrorResponse> {
  const responses = {} as Record<S, ErrorResponse>;
  for (const status of statuses) {
    responses[status] = {
      description: descriptions[status],
      content: { 'application/json': { schema: ApiErrorBody } },
    };
  }
  return responses;
}
