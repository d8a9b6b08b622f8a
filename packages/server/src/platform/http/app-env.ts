import type { RequestIdVariables } from 'hono/request-id';

/**
 * How the CORS middleware answers a cross-origin request once the route has run:
 * `account` — the caller's account allows this origin (checked by its auth middleware);
 * `public` — a public asset any page may load;
 * `none` — never readable cross-origin (secret-key calls, refused origins).
 * Unset: the origin must be on some account's allowlist, e.g. to read a 401 and refresh a token.
 */
export type CorsPolicy = 'account' | 'public' | 'none';

/** Variables every request carries; auth middleware add their own typed ones. */
export interface AppEnv {
  Variables: RequestIdVariables & { corsPolicy: CorsPolicy | undefined };
}
