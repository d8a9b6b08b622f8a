import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../platform/http/app-env.js';
import { ApiError } from '../platform/errors/api-error.js';

export interface JsonBodyOptions {
  /** Largest accepted JSON body in bytes (default 1 MB). */
  maxBytes?: number;
}

const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json\s*(;|$)/i;

/**
 * Bounds and parses JSON request bodies up front so that an oversized body is a 413
 * `payload_too_large` and a malformed one a 400 `invalid_json`, whatever route it was sent to.
 * The parsed body is cached by Hono, so validators downstream do not read it again.
 *
 * @example
 * app.use('/v1/*', jsonBody({ maxBytes: 1024 * 1024 }));
 */
export function jsonBody({ maxBytes = 1024 * 1024 }: JsonBodyOptions = {}) {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ApiError('payload_too_large', `The request body is larger than ${maxBytes} bytes.`);
    },
  });
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!JSON_MEDIA_TYPE.test(c.req.header('Content-Type') ?? '')) return next();
    return limit(c, async () => {
      const text = await c.req.text();
      if (text === '') {
        // Some HTTP wrappers send the JSON content type on every request: no body is no body.
        const headers = new Headers(c.req.raw.headers);
        headers.delete('Content-Type');
        c.req.raw = new Request(c.req.raw, { headers, body: null });
        return next();
      }
      try {
        await c.req.json();
      } catch (cause) {
        throw new ApiError('invalid_json', 'The request body is not valid JSON.', { cause });
      }
      // Upload routes apply their own body limit, which reads the raw stream again: give them an
      // unread copy (the parsed body stays cached for the validators).
      c.req.raw = new Request(c.req.raw, { body: text });
      await next();
    });
  });
}
