import { Hono } from 'hono';
import { findDemoUser } from '../demo-users.js';
import { rememberUser } from './current-user.js';

/** Only paths on this site, so the form cannot be used to redirect visitors elsewhere. */
function localPath(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')
    ? value
    : '/';
}

/** `POST /switch-user`: the user switcher in the header logs the visitor in as someone else. */
export const switchUserRoute = new Hono().post('/switch-user', async (c) => {
  const form = await c.req.parseBody();
  const user = findDemoUser(typeof form.user === 'string' ? form.user : undefined);
  if (!user) {
    return c.json(
      { error: { code: 'validation_failed', message: 'Unknown demo user.', field: 'user' } },
      400,
    );
  }
  rememberUser(c, user);
  return c.redirect(localPath(form.returnTo), 303);
});
