import { html } from 'hono/html';
import type { DemoUser } from '../../demo-users.js';

/**
 * "Clients": `<client-list>` and, for the client picked in it (`?client=<id>`), `<client-detail>`
 * with its messages, log, activity, documents and signing sessions. Both are in the workspace
 * bundle, loaded only on the agent's pages.
 */
export function clientsPage({
  user,
  apiUrl,
  clientId,
}: {
  user: DemoUser;
  apiUrl: string;
  clientId: string | undefined;
}) {
  return html`
    <script type="module" src="${apiUrl}/elements/workspace.js"></script>
    <h1>Clients</h1>
    <p class="lead">
      ${user.name}'s clients. Open one to read and answer their messages, log a call or a CMA, and
      choose which documents their portal shows.
    </p>
    <div class="workspace-layout${clientId ? ' has-detail' : ''}">
      <section class="card workspace-list" aria-label="Client list" data-element-slot="client-list">
        <client-list href="/clients?client={id}" selected="${clientId ?? ''}"></client-list>
      </section>
      <section class="workspace-detail" aria-label="Client">
        ${
          clientId
            ? html`<client-detail client-id="${clientId}" portal-href="/portal"></client-detail>`
            : html`<div class="card placeholder"><p>Choose a client from the list.</p></div>`
        }
      </section>
    </div>
  `;
}
