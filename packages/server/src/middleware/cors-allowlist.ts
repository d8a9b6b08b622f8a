import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../platform/http/app-env.js';
import { ApiError } from '../platform/errors/api-error.js';
import { renderError } from '../platform/errors/error-handler.js';

export interface CorsAllowlistOptions {
  /** Whether some account allows this origin; a preflight carries no token, so no account is known yet. */
  isOriginAllowed(origin: string): Promise<boolean>;
  allowMethods?: string[];
  allowHeaders?: string[];
  exposeHeaders?: string[];
  maxAgeSeconds?: number;
  /** Paths whose allowed origins may send cookies (`Access-Control-Allow-Credentials: true`). */
  allowCredentials?(path: string): boolean;
}

/**
 * CORS for an API whose callers are pages on account-allowlisted origins.
 *
 * A preflight is answered only for an origin on some account's allowlist. After the route has run,
 * `Access-Control-Allow-Origin` is added according to `c.var.corsPolicy` (see `CorsPolicy`): the
 * auth middleware decide whether the origin belongs to the caller's own account. Requests without
 * an `Origin` header (server to server) pass untouched.
 *
 * @example
 * app.use('*', corsAllowlist({ isOriginAllowed: (origin) => originAllowedForSomeAccount(origin) }));
 */
export function corsAllowlist({
  isOriginAllowed,
  allowMethods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
  // If-None-Match and ETag let a page poll cheaply (a 304 until something changes).
  allowHeaders = [
    'Authorization',
    'Content-Type',
    'Idempotency-Key',
    'X-Request-Id',
    'If-None-Match',
  ],
  exposeHeaders = ['X-Request-Id', 'Retry-After', 'ETag'],
  maxAgeSeconds = 600,
  allowCredentials = () => false,
}: CorsAllowlistOptions) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const origin = c.req.header('Origin');
    if (!origin) return next();

    if (c.req.method === 'OPTIONS' && c.req.header('Access-Control-Request-Method')) {
      c.header('Vary', 'Origin');
      if (!(await isOriginAllowed(origin))) {
        return renderError(
          c,
          new ApiError('origin_not_allowed', `The origin ${origin} is not allowed.`),
        );
      }
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Access-Control-Allow-Methods', allowMethods.join(', '));
      c.header('Access-Control-Allow-Headers', allowHeaders.join(', '));
      c.header('Access-Control-Max-Age', String(maxAgeSeconds));
      if (allowCredentials(c.req.path)) c.header('Access-Control-Allow-Credentials', 'true');
      return c.body(null, 204);
    }

    await next();
    c.res.headers.append('Vary', 'Origin');
    const policy = c.get('corsPolicy');
    if (policy === 'none') return;
    if (policy === 'public') {
      c.res.headers.set('Access-Control-Allow-Origin', '*');
      return;
    }
    if (policy === 'account' || (await isOriginAllowed(origin))) {
      c.res.headers.set('Access-Control-Allow-Origin', origin);
      c.res.headers.set('Access-Control-Expose-Headers', exposeHeaders.join(', '));
      if (allowCredentials(c.req.path))
        c.res.headers.set('Access-Control-Allow-Credentials', 'true');
    }
  });
}
