import type { ApiErrorBody } from '../schemas/error.js';

/** A refusal from the Signport API, carrying the server's code, message and field. */
export class SignportApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;

  constructor(status: number, body: ApiErrorBody['error']) {
    super(body.message);
    this.name = 'SignportApiError';
    this.status = status;
    this.code = body.code;
    this.field = body.field;
  }
}
