import type { ApiErrorBody, ErrorCode } from '@signport/core';

export interface ApiErrorOptions {
  /** Dotted path of the input at fault, e.g. `branding.color`. */
  field?: string;
  /** Extra response headers, e.g. `Retry-After`. */
  headers?: Record<string, string>;
  /** The error that led to this refusal; kept for the log and debugger, never sent. */
  cause?: unknown;
}

/**
 * A refusal the client can act on; thrown anywhere and rendered as `{"error":{code,message,field?}}`.
 * It names a code, never a status: the error handler answers each code with its status
 * (`errors/error-status.ts`).
 *
 * @example
 * throw new ApiError('not_found', 'No user with this external id.', { field: 'externalId' });
 */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly field: string | undefined;
  readonly headers: Record<string, string>;

  constructor(
    readonly code: ErrorCode,
    message: string,
    { field, headers = {}, cause }: ApiErrorOptions = {},
  ) {
    super(message, cause === undefined ? undefined : { cause });
    this.field = field;
    this.headers = headers;
  }

  toBody(): ApiErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.field ? { field: this.field } : {}),
      },
    };
  }
}
