import { html } from 'hono/html';
import type { Client } from '@signport/core';
import type { DemoUser } from '../../demo-users.js';

export interface ClientAccessPageOptions {
  user: DemoUser;
  /** The client being set up, as the host's backend sees it; undefined if it does not exist. */
  client: Client | undefined;
  mailboxUrl: string;
}

/**
 * The agent's side of "Client login": `<portal-access-setup>` for one of their clients, and their
 * client list with each one's status (the page script loads it and sets clients inactive/active).
 */
export function clientAccessPage({ user, client, mailboxUrl }: ClientAccessPageOptions) {
  const assignedToUser = client?.assignedAgent?.externalId === user.externalId;
  const setup =
    client && assignedToUser
      ? html`<h2 id="access-heading">${client.name}</h2>
          <p class="status-detail client-meta">
            ${client.type} · ${client.email ?? 'no email address'}
          </p>
          <portal-access-setup client-id="${client.id}"></portal-access-setup>`
      : html`<h2 id="access-heading">Portal access</h2>
          <p class="status-detail" data-access-unavailable>
            ${
              client
                ? html`${client.name} is ${client.assignedAgent?.name ?? 'another agent'}'s client.
                  Use “Logged in as” at the top to set up their login as
                  ${client.assignedAgent?.name ?? 'their agent'}.`
                : 'This client does not exist. Choose one of your clients.'
            }
          </p>`;
  return html`
    <h1>Client login</h1>
    <p class="lead">
      Give your clients a login to follow their property on our website. Choose what they may see,
      then send the login email: its link opens the
      <a href="/portal">client portal page</a>, where they choose a password and sign in.
    </p>
    <div class="sign-layout">
      <section class="card" aria-labelledby="access-heading">
        <div class="access-slot" data-element-slot="portal-access-setup">${setup}</div>
        <p class="status-detail">
          Login emails land in the <a href="${mailboxUrl}">dev mailbox</a>.
        </p>
      </section>
      <section class="card" aria-labelledby="clients-heading">
        <div class="card-heading">
          <h2 id="clients-heading">Your clients</h2>
          <button type="button" class="button button-quiet" data-refresh-clients>Refresh</button>
        </div>
        <div class="client-list" data-client-list data-state="loading" aria-live="polite">
          <p class="status-detail">Loading your clients…</p>
        </div>
        <p class="status-detail">Setting a client inactive signs them out of the portal at once.</p>
      </section>
    </div>
  `;
}
