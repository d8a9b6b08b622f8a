import { Hono } from 'hono';
import type { Client } from '@signport/core';
import { SignportApiError, type ApiClient } from '@signport/core/client';
import { currentUser } from './current-user.js';
import { layout } from './layout.js';
import { clientAccessPage } from './pages/client-access-page.js';
import { clientPortalPage } from './pages/client-portal-page.js';

export interface ClientLoginRouteOptions {
  apiUrl: string;
  /** Client with the account's secret key, to look up the client being set up. */
  hostApi: ApiClient;
  accountId: string;
  /** The client set up when the page names none (Olivia Owner). */
  defaultClientId: string;
}

/**
 * `GET /client-login`: the logged-in agent sets up a client's portal login and manages their
 * clients (`?client=<id>` picks the client). `GET /portal`: where clients sign in, with no agent
 * login around it; the emailed links land here with `?activate=<token>` or `?reset=<token>`.
 */
export function clientLoginRoute({
  apiUrl,
  hostApi,
  accountId,
  defaultClientId,
}: ClientLoginRouteOptions) {
  const app = new Hono();

  app.get('/client-login', async (c) => {
    const user = currentUser(c);
    const clientId = c.req.query('client') || defaultClientId;
    const client = await hostApi
      .request<Client>(`/v1/clients/${encodeURIComponent(clientId)}`)
      .catch((error: unknown) => {
        // An unknown or malformed id in the address: the page says so instead of failing.
        if (error instanceof SignportApiError && [400, 404].includes(error.status))
          return undefined;
        throw error;
      });
    return c.html(
      layout({
        title: 'Client login',
        path: '/client-login',
        user,
        apiUrl,
        content: clientAccessPage({ user, client, mailboxUrl: `${apiUrl}/dev/mailbox` }),
      }),
    );
  });

  app.get('/portal', (c) => {
    const activationToken = c.req.query('activate');
    const resetToken = c.req.query('reset');
    // A set-password token is a credential: keep it out of caches and out of Referer headers.
    c.header('cache-control', 'no-store');
    c.header('referrer-policy', 'no-referrer');
    return c.html(
      layout({
        title: 'Client portal',
        path: '/portal',
        user: currentUser(c),
        apiUrl,
        visitor: true,
        content: clientPortalPage({ accountId, activationToken, resetToken }),
      }),
    );
  });

  return app;
}
