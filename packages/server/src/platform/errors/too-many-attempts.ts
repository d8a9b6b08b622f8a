import { ApiError } from './api-error.js';

/** 429 `rate_limited` with `Retry-After`, for every limit and lockout. */
export function tooManyAttempts(waitMs: number): ApiError {
  const retryAfter = Math.max(1, Math.ceil(waitMs / 1000));
  return new ApiError('rate_limited', `Too many attempts. Try again in ${retryAfter} seconds.`, {
    headers: { 'Retry-After': String(retryAfter) },
  });
}
