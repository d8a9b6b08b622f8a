import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ErrorCode } from '@signport/core';
import type { AppEnv } from '../http/app-env.js';
import type { Logger } from '../logger.js';
import { ApiError } from './api-error.js';
import { statusByCode, statusOf } from './error-status.js';

// Hono and its validators throw HTTPException for protocol errors; each status gets its generic code.
const protocolCodes = [
  'bad_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
] as const satisfies readonly ErrorCode[];

const messageByCode: Partial<Record<ErrorCode, string>> = {
  unsupported_media_type: 'Send the request body as application/json.',
  payload_too_large: 'The request body is too large.',
};

function toApiError(error: Error): ApiError | undefined {
  if (error instanceof ApiError) return error;
  if (error instanceof HTTPException && error.status < 500) {
    const code =
      protocolCodes.find((candidate) => statusByCode[candidate] === error.status) ?? 'bad_request';
    return new ApiError(code, messageByCode[code] ?? error.message, { cause: error });
  }
  return undefined;
}

/**
 * A refusal's message for the request that gets it, e.g. in the language its `Accept-Language`
 * asks for; undefined keeps the message as thrown.
 */
export type ErrorMessageLocalizer = (
  c: Context,
  message: string,
) => { message: string; language: string } | undefined;

/**
 * Renders every thrown error in the one error shape; anything unexpected is logged and hidden.
 * `localize` may reword a message (never its code or field).
 */
export function createErrorHandler(
  logger: Logger,
  localize?: ErrorMessageLocalizer,
): ErrorHandler<AppEnv> {
  return (error, c) => {
    const apiError = toApiError(error);
    if (apiError) return renderError(c, apiError, localize);
    logger.error('unhandled error', {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      error: error.stack ?? String(error),
    });
    return renderError(
      c,
      new ApiError('internal_error', 'Something went wrong on our side. Try again later.', {
        cause: error,
      }),
    );
  };
}

export const notFoundHandler: NotFoundHandler<AppEnv> = (c) =>
  renderError(c, new ApiError('not_found', `No route for ${c.req.method} ${c.req.path}.`));

/** The HTTP boundary of every refusal: the code's status, its headers and the one error body. */
export function renderError(
  c: Context,
  error: ApiError,
  localize?: ErrorMessageLocalizer,
): Response {
  const body = error.toBody();
  const localized = localize?.(c, body.error.message);
  if (!localized) return c.json(body, statusOf(error.code), error.headers);
  body.error.message = localized.message;
  return c.json(body, statusOf(error.code), {
    ...error.headers,
    'Content-Language': localized.language,
  });
}
