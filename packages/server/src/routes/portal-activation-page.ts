import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { NewPortalPassword } from '@signport/core';
import type { App, AppContext } from '../app-context.js';
import { ApiError } from '../platform/errors/api-error.js';
import { setHostedPageHeaders } from '../capabilities/hosted-pages/hosted-page-headers.js';
import { describePortalLink } from '../capabilities/portal/describe-portal-link.js';
import {
  renderActivationPage,
  type ActivationPage,
} from '../capabilities/portal/render-activation-page.js';
import { setPasswordWithLink } from '../capabilities/portal/set-password-with-link.js';
import { clientAddress } from '../platform/http/client-address.js';
import { statusOf } from '../platform/errors/error-status.js';
import { rateLimit } from '../middleware/rate-limit.js';
import { createRouter } from './create-router.js';

const unusableMessages = {
  expired:
    'This link has expired. Ask your agent to send a new one, or ask for a reset on the sign-in page.',
  used: 'This link was already used or replaced by a newer one. Use the newest email, or ask for a new link.',
  unknown:
    'This link is not valid. Check that you copied all of it, or ask your agent for a new one.',
} as const;

/** `/p/activate/{token}`: where emailed invitation and reset links land. */
export function portalActivationPageRoutes({ db, clock, config }: AppContext): App {
  const app = createRouter();
  const path = '/p/activate/:token';
  // Links are opened from mail clients: the page never leaks the token onward, is never cached, and
  // its form may post only back to itself.
  const page = (c: Context, view: ActivationPage, status: ContentfulStatusCode = 200) =>
    c.html(renderActivationPage(view, setHostedPageHeaders(c, { formAction: "'self'" })), status);

  app.get(path, async (c) => {
    const link = await describePortalLink(db, c.req.param('token'), clock());
    if (link.state !== 'usable') {
      return page(c, { view: 'unusable', message: unusableMessages[link.state] }, 404);
    }
    return page(c, { view: 'form', username: link.username });
  });

  app.post(
    path,
    bodyLimit({ maxSize: 16 * 1024 }),
    rateLimit({
      db,
      clock,
      scope: 'portal-activate-page-ip',
      limit: 20,
      windowSeconds: 600,
      key: (c) => clientAddress(c, { trustProxy: config.trustProxy }),
    }),
    async (c) => {
      const token = c.req.param('token');
      const link = await describePortalLink(db, token, clock());
      if (link.state !== 'usable') {
        return page(c, { view: 'unusable', message: unusableMessages[link.state] }, 404);
      }
      const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
      const password = typeof form.password === 'string' ? form.password : '';
      const parsed = NewPortalPassword.safeParse(password);
      const error = !parsed.success
        ? `${parsed.error.issues[0]?.message ?? 'Choose another password'}.`
        : form.confirm !== password
          ? 'The two passwords are not the same.'
          : undefined;
      if (error) return page(c, { view: 'form', username: link.username, error }, 400);
      try {
        await setPasswordWithLink({ db, clock }, { token, password }, async () => {});
      } catch (failure) {
        if (!(failure instanceof ApiError)) throw failure;
        if (failure.field === 'password') {
          const form = { view: 'form', username: link.username, error: failure.message } as const;
          return page(c, form, statusOf(failure.code));
        }
        return page(c, { view: 'unusable', message: failure.message }, statusOf(failure.code));
      }
      return page(c, { view: 'done', username: link.username });
    },
  );
  return app;
}
