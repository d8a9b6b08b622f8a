import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../platform/http/app-env.js';

/**
 * Puts the request id on answers that a route or middleware built as a plain `Response` (page
 * images, 304s, PDFs, idempotent replays): `requestId()` sets it through the context, which such
 * answers bypass. A replay gets this request's id, not the stored one.
 */
export const requestIdOnEveryAnswer = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  const id = c.get('requestId');
  if (!id || c.res.headers.get('X-Request-Id') === id) return;
  const headers = new Headers(c.res.headers);
  headers.set('X-Request-Id', id);
  c.res = new Response(c.res.body, { status: c.res.status, statusText: c.res.statusText, headers });
});
