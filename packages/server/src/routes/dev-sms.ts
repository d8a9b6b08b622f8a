import { html } from 'hono/html';
import type { App, AppContext } from '../app-context.js';
import { simulateSmsReply } from '../capabilities/sms/simulate-sms-reply.js';
import { setMailboxCsp } from '../platform/dev-mailbox/mailbox-csp.js';
import { mailboxLayout } from '../platform/dev-mailbox/mailbox-layout.js';
import { ApiError } from '../platform/errors/api-error.js';
import { listOutboxSms } from '../platform/sms/list-outbox-sms.js';
import { renderSmsOutbox } from '../platform/sms/render-sms-outbox.js';
import { smsInboundAuthToken } from '../platform/sms/sms-inbound-auth-token.js';
import { createRouter } from './create-router.js';
import { smsInboundRoutes } from './sms-inbound.js';

/**
 * The SMS outbox as a page and JSON next to the dev mailbox, with a form per text that simulates the
 * contact's reply; registered only outside production, and before the mailbox's `/dev/mailbox/:id`
 * so that `sms` is not taken for a message id.
 */
export function devSmsRoutes(context: AppContext): App {
  const { db, config, signer } = context;
  const app = createRouter();
  const inbound = smsInboundRoutes(context);
  const authToken = smsInboundAuthToken(
    { env: process.env, nodeEnv: config.nodeEnv },
    signer.getKey,
  );
  app.get('/dev/mailbox/sms', async (c) => {
    setMailboxCsp(c, { formAction: "'self'" });
    return c.html(renderSmsOutbox(await listOutboxSms(db)));
  });
  app.get('/dev/mailbox/sms.json', async (c) => c.json({ messages: await listOutboxSms(db) }));
  app.post('/dev/mailbox/sms/:id/reply', async (c) => {
    const form = await c.req.parseBody();
    const body = typeof form.body === 'string' ? form.body : '';
    if (!body.trim())
      throw new ApiError('validation_failed', 'Write the reply.', { field: 'body' });
    const result = await simulateSmsReply(
      { db, inbound, authToken: (await authToken()) ?? '', publicUrl: config.publicUrl },
      { outboxId: c.req.param('id'), body },
    );
    if (!result) throw new ApiError('not_found', 'No such outbox text.', { field: 'id' });
    setMailboxCsp(c);
    return c.html(
      mailboxLayout(
        'Reply sent',
        html`<h1>Reply sent</h1>
          <p>The inbound webhook answered ${result.status}:</p>
          <pre>${result.answer}</pre>
          <p><a href="/dev/mailbox/sms">Back to the text messages</a></p>`,
      ),
      result.status === 200 ? 200 : 502,
    );
  });
  return app;
}
