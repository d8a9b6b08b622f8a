import type { App, AppContext } from '../app-context.js';
import { setMailboxCsp } from '../platform/dev-mailbox/mailbox-csp.js';
import { renderMailboxList } from '../platform/dev-mailbox/render-mailbox-list.js';
import { renderMailboxMessage } from '../platform/dev-mailbox/render-mailbox-message.js';
import { ApiError } from '../platform/errors/api-error.js';
import { findOutboxEmail } from '../platform/mail/find-outbox-email.js';
import { listOutboxEmails } from '../platform/mail/list-outbox-emails.js';
import { createRouter } from './create-router.js';

/** The outbox as web pages and JSON; registered only outside production. */
export function devMailboxRoutes({ db }: AppContext): App {
  const app = createRouter();
  app.get('/dev/mailbox', async (c) => {
    setMailboxCsp(c);
    return c.html(renderMailboxList(await listOutboxEmails(db)));
  });
  app.get('/dev/mailbox.json', async (c) => c.json({ messages: await listOutboxEmails(db) }));
  app.get('/dev/mailbox/:id', async (c) => {
    const message = await findOutboxEmail(db, c.req.param('id'));
    if (!message) throw new ApiError('not_found', 'No such message in the outbox.');
    setMailboxCsp(c);
    return c.html(renderMailboxMessage(message));
  });
  return app;
}
