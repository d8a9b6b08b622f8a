import type { ApiErrorBody } from '../schemas/error.js';
import type { TextTagProblem } from '../rules/text-tag-fields.js';

/**
 * What the error carries: the server's body, or the client's own `network_error` / `http_error`.
 * The code stays a string because a newer server may send one this client does not know yet.
 */
type ErrorDetail = Omit<ApiErrorBody['error'], 'code'> & {
  code: string;
  tags?: readonly TextTagProblem[];
};

/** A refusal from the Signport API, carrying the server's code, message and field. */
export class SignportApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;
  /** Each faulty text tag of a 400 `invalid_text_tags` upload, with its page and what is wrong. */
  readonly tags: readonly TextTagProblem[] | undefined;
  /** Seconds to wait before trying again, from a `Retry-After` header (e.g. on 429). */
  readonly retryAfterSeconds: number | undefined;

  constructor(status: number, body: ErrorDetail, retryAfterSeconds?: number) {
    super(body.message);
    this.name = 'SignportApiError';
    this.status = status;
    this.code = body.code;
    this.field = body.field;
    this.tags = body.tags;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
