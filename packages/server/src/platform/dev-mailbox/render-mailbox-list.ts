import { html } from 'hono/html';
import type { OutboxEmail } from '../mail/list-outbox-emails.js';
import { mailboxLayout } from './mailbox-layout.js';

/** Every outbox message, newest first, linking to its page. */
export function renderMailboxList(messages: OutboxEmail[]) {
  return mailboxLayout(
    'Mailbox',
    html`<h1>Dev mailbox</h1>
      <p class="muted">
        Emails this server would have sent. Set SMTP_URL to deliver them for real.
        <a href="/dev/mailbox.json">JSON</a>
      </p>
      ${
        messages.length === 0
          ? html`<p>No messages yet.</p>`
          : html`<table>
              <thead>
                <tr>
                  <th>Received</th>
                  <th>To</th>
                  <th>Subject</th>
                  <th>From</th>
                </tr>
              </thead>
              <tbody>
                ${messages.map(
                  (m) =>
                    html`<tr>
                      <td class="muted">
                        ${m.createdAt.toISOString().replace('T', ' ').slice(0, 19)}
                      </td>
                      <td>${m.to.join(', ')}</td>
                      <td><a href="/dev/mailbox/${m.id}">${m.subject}</a></td>
                      <td>${m.from}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
      }`,
  );
}
