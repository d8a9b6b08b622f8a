import type { App, AppContext } from '../app-context.js';
import { setMailboxCsp } from '../platform/dev-mailbox/mailbox-csp.js';
import { listOutboxSms } from '../platform/sms/list-outbox-sms.js';
import { renderSmsOutbox } from '../platform/sms/render-sms-outbox.js';
import { createRouter } from './create-router.js';

/**
 * The SMS outbox as a page and JSON next to the dev mailbox; registered only outside production, and
 * before the mailbox's `/dev/mailbox/:id` so that `sms` is not taken for a message id.
 */
export function devSmsRoutes({ db }: AppContext): App {
  const app = createRouter();
  app.get('/dev/mailbox/sms', async (c) => {
    setMailboxCsp(c);
    return c.html(renderSmsOutbox(await listOutboxSms(db)));
  });
  app.get('/dev/mailbox/sms.json', async (c) => c.json({ messages: await listOutboxSms(db) }));
  return app;
}
