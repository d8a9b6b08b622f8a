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
 * otherwise the logged-in agent's "Send a purchase agreement" page. `GET /hand-off`: the agent
 * fills the agreement with the buyer over the phone and hands it off.
 */
export function signRoute({ apiUrl, templateId }: SignRouteOptions) {
  const mailboxUrl = `${apiUrl}/dev/mailbox`;
  return new Hono()
    .get('/hand-off', (c) => {
      const user = currentUser(c);
      const content = sendAgreementPage({ user, mailboxUrl, templateId, handOff: true });
      return c.html(
        layout({ title: 'Fill over the phone', path: '/hand-off', user, apiUrl, content }),
      );
    })
    .get('/sign', (c) => {
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
          content: sendAgreementPage({ user, mailboxUrl, templateId }),
        }),
      );
    });
}
