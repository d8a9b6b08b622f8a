import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { NewPortalPassword, pickLocale, type Locale } from '@signport/core';
import type { App, AppContext } from '../app-context.js';
import { ApiError } from '../platform/errors/api-error.js';
import { setHostedPageHeaders } from '../capabilities/hosted-pages/hosted-page-headers.js';
import {
  describePortalLink,
  type PortalLinkState,
} from '../capabilities/portal/describe-portal-link.js';
import { findLoginLocale } from '../capabilities/portal/find-login-locale.js';
import { rememberClientLocale } from '../capabilities/portal/remember-client-locale.js';
import { translate } from '../capabilities/languages/translate.js';
import { translateErrorMessage } from '../capabilities/languages/translate-error.js';
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
  expired: 'activationExpired',
  used: 'activationUsed',
  unknown: 'activationUnknown',
} as const;

/** `/p/activate/{token}`: where emailed invitation and reset links land. */
export function portalActivationPageRoutes({ db, clock, config }: AppContext): App {
  const app = createRouter();
  const path = '/p/activate/:token';
  // Links are opened from mail clients: the page never leaks the token onward, is never cached, and
  // its form may post only back to itself.
  const page = (
    c: Context,
    locale: Locale,
    view: ActivationPage,
    status: ContentfulStatusCode = 200,
  ) =>
    c.html(
      renderActivationPage(view, setHostedPageHeaders(c, { formAction: "'self'" }), locale),
      status,
    );
  // The client's language (the agent's choice or their browser's, stored), else this browser's.
  const localeOf = async (c: Context, link: PortalLinkState): Promise<Locale> => {
    const browser = pickLocale(c.req.header('Accept-Language'));
    const { accountId, loginId } = link;
    const stored = accountId && loginId && (await findLoginLocale(db, { accountId, loginId }));
    return stored || browser || 'en';
  };
  const unusable = (c: Context, locale: Locale, state: keyof typeof unusableMessages) =>
    page(c, locale, { view: 'unusable', message: translate(locale, unusableMessages[state]) }, 404);

  app.get(path, async (c) => {
    const link = await describePortalLink(db, c.req.param('token'), clock());
    const locale = await localeOf(c, link);
    if (link.state !== 'usable') return unusable(c, locale, link.state);
    return page(c, locale, { view: 'form', username: link.username });
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
      const locale = await localeOf(c, link);
      if (link.state !== 'usable') return unusable(c, locale, link.state);
      const inLocale = (message: string) => translateErrorMessage(locale, message) ?? message;
      const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
      const password = typeof form.password === 'string' ? form.password : '';
      const parsed = NewPortalPassword.safeParse(password);
      const error = !parsed.success
        ? inLocale(`${parsed.error.issues[0]?.message ?? 'Choose another password'}.`)
        : form.confirm !== password
          ? translate(locale, 'activationMismatch')
          : undefined;
      if (error) return page(c, locale, { view: 'form', username: link.username, error }, 400);
      try {
        await setPasswordWithLink({ db, clock }, { token, password }, async () => {});
      } catch (failure) {
        if (!(failure instanceof ApiError)) throw failure;
        const message = inLocale(failure.message);
        if (failure.field === 'password') {
          const form = { view: 'form', username: link.username, error: message } as const;
          return page(c, locale, form, statusOf(failure.code));
        }
        return page(c, locale, { view: 'unusable', message }, statusOf(failure.code));
      }
      // Setting the password is the client's first portal use: their browser tells their language.
      const browser = pickLocale(c.req.header('Accept-Language'));
      if (browser) await rememberClientLocale(db, link, browser);
      return page(c, locale, { view: 'done', username: link.username });
    },
  );
  return app;
}
