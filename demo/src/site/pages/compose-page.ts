import { html } from 'hono/html';
import type { DemoUser } from '../../demo-users.js';

/**
 * "Compose": `<session-composer>` for the logged-in user. Betty picks whom she sends for in its
 * sender picker; Signport decides whom she may act for and whose templates she may use.
 */
export function composePage({ user }: { user: DemoUser }) {
  return html`
    <h1>Compose</h1>
    <p class="lead">
      Start a signing session from a template, as yourself or on behalf of someone who made you
      their assistant. <strong>Add Myself</strong> adds the sender — the person you send for — as a
      party; every email goes out in the sender's name and branding, with a copy to you.
    </p>
    <section
      class="card"
      aria-label="Compose a signing session"
      data-element-slot="session-composer"
    >
      <session-composer></session-composer>
    </section>
    <p class="status-detail">
      Logged in as ${user.name}. Sent sessions appear on the <a href="/dashboard">dashboard</a>.
    </p>
  `;
}
