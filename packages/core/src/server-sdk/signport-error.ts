import { SignportApiError } from '../client/api-error.js';
import type { ApiErrorBody, ErrorCode } from '../schemas/error.js';

/**
 * A refusal from the Signport API: `code` is one of core's error codes, so a `switch` over it is
 * checked by the compiler. Extends the browser client's `SignportApiError`.
 */
export class SignportError extends SignportApiError {
  declare readonly code: ErrorCode;
  /** The server's `X-Request-Id` for this answer, to quote when asking for help. */
  readonly requestId: string | undefined;

  constructor(
    status: number,
    body: ApiErrorBody['error'] & { code: ErrorCode },
    details: { retryAfterSeconds?: number | undefined; requestId?: string | undefined } = {},
  ) {
    super(status, body, details.retryAfterSeconds);
    this.name = 'SignportError';
    this.requestId = details.requestId;
  }
}

/** The server could not be reached (after every retry): DNS, refused connection, reset, timeout. */
export class SignportConnectionError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SignportConnectionError';
  }
}
