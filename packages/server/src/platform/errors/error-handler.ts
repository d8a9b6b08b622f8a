import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorCode } from '@signport/core';
import type { AppEnv } from '../http/app-env.js';
import type { Logger } from '../logger.js';
import { ApiError } from './api-error.js';

// Hono and its validators throw HTTPException for protocol errors; give each a stable code.
const codeByStatus: Partial<Record<number, ErrorCode>> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

const messageByCode: Partial<Record<ErrorCode, string>> = {
  unsupported_media_type: 'Send the request body as application/json.',
  payload_too_large: 'The request body is too large.',
};

function toApiError(error: Error): ApiError | undefined {
  if (error instanceof ApiError) return error;
  if (error instanceof HTTPException && error.status < 500) {
    const code = codeByStatus[error.status] ?? 'bad_request';
    return new ApiError(
      error.status as ContentfulStatusCode,
      code,
      messageByCode[code] ?? error.message,
    );
  }
  return undefined;
}

/** Renders every thrown error in the one error shape; anything unexpected is logged and hidden. */
export function createErrorHandler(logger: Logger): ErrorHandler<AppEnv> {
  return (error, c) => {
    const apiError = toApiError(error);
    if (apiError) return renderError(c, apiError);
    logger.error('unhandled error', {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      error: error.stack ?? String(error),
    });
    return renderError(
      c,
      new ApiError(500, 'internal_error', 'Something went wrong on our side. Try again later.'),
    );
  };
}

export const notFoundHandler: NotFoundHandler<AppEnv> = (c) =>
  renderError(c, new ApiError(404, 'not_found', `No route for ${c.req.method} ${c.req.path}.`));

export function renderError(c: Context, error: ApiError): Response {
  return c.json(error.toBody(), error.status, error.headers);
}
