import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

const COOKIE_NAME = 'signport_portal_refresh';
/** Sent only to the refresh and logout calls under this path, never to the rest of the API. */
const COOKIE_PATH = '/v1/portal';

/**
 * The refresh token as an HttpOnly, Secure, SameSite=None, Partitioned cookie: out of reach of page
 * scripts, and sent cross-site from an embedding page, in that page's own cookie partition (CHIPS).
 */
export function setRefreshCookie(c: Context, token: string, maxAgeSeconds: number): void {
  setCookie(c, COOKIE_NAME, token, {
    httpOnly: true,
    secure: true,
    sameSite: 'None',
    partitioned: true,
    path: COOKIE_PATH,
    maxAge: maxAgeSeconds,
    prefix: 'secure',
  });
}

export function readRefreshCookie(c: Context): string | undefined {
  return getCookie(c, COOKIE_NAME, 'secure');
}

export function clearRefreshCookie(c: Context): void {
  deleteCookie(c, COOKIE_NAME, {
    httpOnly: true,
    secure: true,
    sameSite: 'None',
    partitioned: true,
    path: COOKIE_PATH,
    prefix: 'secure',
  });
}
