import { Hono } from 'hono';
import { currentUser } from './current-user.js';
import { layout } from './layout.js';
import { rentalApplicationPage } from './pages/rental-application-page.js';

export interface ApplyRouteOptions {
  apiUrl: string;
  /** The rental application's public web form. */
  formSlug: string;
}

/** `GET /apply`: the public rental application, for a visitor rather than an agent. */
export function applyRoute({ apiUrl, formSlug }: ApplyRouteOptions) {
  return new Hono().get('/apply', (c) =>
    c.html(
      layout({
        title: 'Rental application',
        path: '/apply',
        user: currentUser(c),
        apiUrl,
        visitor: true,
        content: rentalApplicationPage({ apiUrl, formSlug, mailboxUrl: `${apiUrl}/dev/mailbox` }),
      }),
    ),
  );
}
