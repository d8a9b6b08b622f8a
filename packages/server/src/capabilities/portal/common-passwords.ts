import { dictionary } from '@zxcvbn-ts/language-common';
import { ApiError } from '../../platform/errors/api-error.js';

// zxcvbn-ts's list of common and breached passwords (49,000 of them, lower case), as a set built at
// first use.
let common: Set<string> | undefined;

/**
 * Refuses a new password found on the list of common and breached passwords (ASVS v5 6.2.4, 6.2.12),
 * compared without case, after Unicode normalization: `Password1` is `password1`.
 */
export function assertPasswordNotCommon(normalizedPassword: string): void {
  common ??= new Set(dictionary['passwords-common']);
  if (common.has(normalizedPassword.toLowerCase())) {
    throw new ApiError(
      'password_too_common',
      'This password is one of the most common or breached passwords. Choose another one, such as a few unrelated words.',
      { field: 'password' },
    );
  }
}
