import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

const COOKIE_NAME = 'signport_portal_refresh';
/** Holds nothing secret: its coming back proves this browser keeps the portal's partitioned cookies. */
const PROBE_NAME = 'signport_portal_cookies';
/** Sent only to the portal's calls under this path, never to the rest of the API. */
const COOKIE_PATH = '/v1/portal';
const PROBE_MAX_AGE_SECONDS = 400 * 24 * 60 * 60;

/**
 * HttpOnly, Secure, SameSite=None, Partitioned: out of reach of page scripts, and sent cross-site
 * from an embedding page, in that page's own cookie partition (CHIPS).
 */
const attributes = {
  httpOnly: true,
  secure: true,
  sameSite: 'None',
  partitioned: true,
  path: COOKIE_PATH,
  prefix: 'secure',
} as const;

export function setRefreshCookie(c: Context, token: string, maxAgeSeconds: number): void {
  setCookie(c, COOKIE_NAME, token, { ...attributes, maxAge: maxAgeSeconds });
}

export function readRefreshCookie(c: Context): string | undefined {
  return getCookie(c, COOKIE_NAME, 'secure');
}

export function clearRefreshCookie(c: Context): void {
  deleteCookie(c, COOKIE_NAME, attributes);
}

/**
 * Whether the browser sends the portal's cookies: the request carries the refresh cookie or the
 * probe set by an earlier answer. Then the refresh token stays in the cookie, out of the body.
 */
export function cookiesWork(c: Context): boolean {
  return readRefreshCookie(c) !== undefined || getCookie(c, PROBE_NAME, 'secure') !== undefined;
}

/** Sets the probe where it did not come back, so the next call can tell whether cookies work. */
export function probeCookies(c: Context): void {
  if (!cookiesWork(c))
    setCookie(c, PROBE_NAME, '1', { ...attributes, maxAge: PROBE_MAX_AGE_SECONDS });
}
