import { ApiError } from '../../platform/errors/api-error.js';

/** The refusal of an emailed set-password link that can no longer be used, wherever it is presented. */
export function unusableLinkError(state: 'expired' | 'used' | 'unknown'): ApiError {
  return state === 'expired'
    ? new ApiError('token_expired', 'This link has expired. Ask for a new link.', {
        field: 'token',
      })
    : new ApiError(
        'unauthorized',
        'This link has already been used or replaced by a newer one. Ask for a new link.',
        { field: 'token' },
      );
}
