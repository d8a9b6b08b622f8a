import { html } from 'hono/html';
import type { OutboxEmail } from '../mail/list-outbox-emails.js';
import { mailboxLayout } from './mailbox-layout.js';

/** One message: its headers, the HTML body in a script-less sandboxed frame, and the text body. */
export function renderMailboxMessage(m: OutboxEmail) {
  const header = (name: string, value: string | null | undefined) =>
    value
      ? html`<dt>${name}</dt>
          <dd>${value}</dd>`
      : '';
  return mailboxLayout(
    m.subject,
    html`<p><a href="/dev/mailbox">← Mailbox</a></p>
      <h1>${m.subject}</h1>
      <dl>
        ${header('From', m.from)}${header('Reply-To', m.replyTo)}${header('To', m.to.join(', '))}
        ${header('Cc', m.cc.join(', '))}${header('Bcc', m.bcc.join(', '))}${header('Date', m.createdAt.toISOString())}
      </dl>
      ${
        m.html
          ? html`<h2>HTML</h2>
              <iframe sandbox title="HTML body" srcdoc="${m.html}"></iframe>`
          : ''
      }
      <h2>Text</h2>
      <pre>${m.text}</pre>`,
  );
}
