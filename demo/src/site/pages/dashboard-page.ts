import { html } from 'hono/html';

/** "Dashboard": `<signing-dashboard>`, every session of every sender the user may act for. */
export function dashboardPage() {
  return html`
    <h1>Dashboard</h1>
    <p class="lead">
      Every signing session you sent or may act on: yours and those of everyone who made you their
      assistant, each with its sender (on whose behalf) and initiator (who started it). When a
      delegation ends, its sessions leave this list.
    </p>
    <section class="card" aria-label="Signing sessions" data-element-slot="signing-dashboard">
      <signing-dashboard></signing-dashboard>
    </section>
  `;
}
