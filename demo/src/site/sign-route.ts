import { Hono } from 'hono';
import { currentUser } from './current-user.js';
import { layout } from './layout.js';
import { partySigningPage } from './pages/party-signing-page.js';
import { sendAgreementPage } from './pages/send-agreement-page.js';

export interface SignRouteOptions {
  apiUrl: string;
  /** The seeded purchase agreement template, if any. */
  templateId: string | undefined;
}

/**
 * `GET /sign`: with `?token=…` (the link Signport emails a party) the party's signing page,
 * otherwise the logged-in agent's "Send a purchase agreement" page.
 */
export function signRoute({ apiUrl, templateId }: SignRouteOptions) {
  return new Hono().get('/sign', (c) => {
    const token = c.req.query('token');
    const title = 'Sign a document';
    if (token) {
      // The token is a credential: keep it out of caches and out of Referer headers.
      c.header('cache-control', 'no-store');
      c.header('referrer-policy', 'no-referrer');
      return c.html(
        layout({
          title,
          path: '/sign',
          user: currentUser(c),
          apiUrl,
          visitor: true,
          content: partySigningPage({ apiUrl, token }),
        }),
      );
    }
    const user = currentUser(c);
    return c.html(
      layout({
        title,
        path: '/sign',
        user,
        apiUrl,
        content: sendAgreementPage({ user, mailboxUrl: `${apiUrl}/dev/mailbox`, templateId }),
      }),
    );
  });
}
