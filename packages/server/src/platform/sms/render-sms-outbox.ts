import { html } from 'hono/html';
import { mailboxLayout } from '../dev-mailbox/mailbox-layout.js';
import type { OutboxSms } from './list-outbox-sms.js';

/** Every outbox text, newest first: the SMS page of the dev mailbox. */
export function renderSmsOutbox(messages: OutboxSms[]) {
  return mailboxLayout(
    'Text messages',
    html`<h1>Dev mailbox: text messages</h1>
      <p class="muted">
        Texts this server would have sent. Set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN to send
        them. A reply is posted, signed, to the inbound webhook as the provider would (try STOP,
        START, HELP).
        <a href="/dev/mailbox">Emails</a> · <a href="/dev/mailbox/sms.json">JSON</a>
      </p>
      ${
        messages.length === 0
          ? html`<p>No text messages yet.</p>`
          : html`<table>
              <thead>
                <tr>
                  <th>Received</th>
                  <th>From</th>
                  <th>To</th>
                  <th>Message</th>
                  <th>Simulate the contact’s reply</th>
                </tr>
              </thead>
              <tbody>
                ${messages.map(
                  (m) =>
                    html`<tr>
                      <td class="muted">
                        ${m.createdAt.toISOString().replace('T', ' ').slice(0, 19)}
                      </td>
                      <td>${m.from}</td>
                      <td>${m.to}</td>
                      <td>${m.body}</td>
                      <td>
                        <form method="post" action="/dev/mailbox/sms/${m.id}/reply">
                          <input name="body" required aria-label="Reply to ${m.to}" />
                          <button type="submit">Send as ${m.to}</button>
                        </form>
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>`
      }`,
  );
}
