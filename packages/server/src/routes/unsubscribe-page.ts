import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { html } from 'hono/html';
import type { App, AppContext } from '../app-context.js';
import { hostedPageLayout } from '../capabilities/hosted-pages/hosted-page-layout.js';
import { setHostedPageHeaders } from '../capabilities/hosted-pages/hosted-page-headers.js';
import {
  findUnsubscribeContact,
  unsubscribeContact,
} from '../capabilities/plans/unsubscribe-contact.js';
import { rateLimit } from '../middleware/rate-limit.js';
import { ApiError } from '../platform/errors/api-error.js';
import { clientAddress } from '../platform/http/client-address.js';
import { createRouter } from './create-router.js';

/**
 * `/unsubscribe/{token}`: the link at the end of every plan email, without sign-in. GET shows a
 * button (link checkers that open the URL change nothing); POST unsubscribes, both from that button
 * and as the RFC 8058 one-click request mail clients send (`List-Unsubscribe=One-Click`).
 */
export function unsubscribePageRoutes({ db, clock, config, signer }: AppContext): App {
  const app = createRouter();
  const path = '/unsubscribe/:token';
  const page = (
    c: Context,
    title: string,
    body: ReturnType<typeof html>,
    status: 200 | 400 = 200,
  ) =>
    c.html(
      hostedPageLayout({
        title,
        nonce: setHostedPageHeaders(c, { formAction: "'self'" }),
        body: html`<main><h1>${title}</h1>${body}</main>`,
      }),
      status,
    );

  app.get(path, async (c) => {
    const contact = await findUnsubscribeContact(
      db,
      await signer.getKey(),
      c.req.param('token'),
    ).catch((error: unknown) => {
      if (error instanceof ApiError) return undefined;
      throw error;
    });
    if (!contact) {
      return page(
        c,
        'This link does not work',
        html`<p>Check that you opened the whole link from the email.</p>`,
        400,
      );
    }
    if (contact.unsubscribed) {
      return page(c, 'You are unsubscribed', html`<p>You no longer receive these emails.</p>`);
    }
    return page(
      c,
      'Unsubscribe from these emails?',
      html`<p>You will no longer receive the automated emails your agent’s plan sends you.</p>
        <form method="post"><button type="submit">Unsubscribe</button></form>`,
    );
  });

  app.post(
    path,
    bodyLimit({ maxSize: 4 * 1024 }),
    rateLimit({
      db,
      clock,
      scope: 'unsubscribe-ip',
      limit: 30,
      windowSeconds: 60,
      key: (c) => clientAddress(c, { trustProxy: config.trustProxy }),
    }),
    async (c) => {
      await unsubscribeContact({ db, clock }, await signer.getKey(), c.req.param('token'));
      return page(c, 'You are unsubscribed', html`<p>You no longer receive these emails.</p>`);
    },
  );
  return app;
}
