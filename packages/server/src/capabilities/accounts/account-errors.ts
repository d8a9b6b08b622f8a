import { ApiError } from '../../platform/errors/api-error.js';

export function accountNotFound(accountId: string): ApiError {
  return new ApiError('not_found', `No account ${accountId}.`, { field: 'account' });
}
