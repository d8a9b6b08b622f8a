import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { defaultDemoUser, findDemoUser, type DemoUser } from '../demo-users.js';

/** The host's own login, reduced to a cookie naming who is "logged in" to the brokerage site. */
const cookieName = 'shoreline_user';

export function currentUser(c: Context): DemoUser {
  return findDemoUser(getCookie(c, cookieName)) ?? defaultDemoUser;
}

export function rememberUser(c: Context, user: DemoUser): void {
  setCookie(c, cookieName, user.externalId, { path: '/', httpOnly: true, sameSite: 'Lax' });
}
