import type { Client, ClientList } from '@signport/core/client';
import type { AgentApi } from './session-list.js';
import { element } from './create-element.js';
import { showList } from './show-list.js';

const typeLabels: Record<Client['type'], string> = {
  buyer: 'Buyer',
  seller: 'Seller',
  owner: 'Owner',
  landlord: 'Landlord',
  tenant: 'Tenant',
};

/** Sets the client active or inactive (`PATCH /v1/clients/{id}`), then lists the clients again. */
async function toggleStatus(
  agent: AgentApi,
  client: Client,
  button: HTMLButtonElement,
  refresh: () => Promise<void>,
): Promise<void> {
  button.disabled = true;
  try {
    await agent.api.request<Client>(`/v1/clients/${encodeURIComponent(client.id)}`, {
      method: 'PATCH',
      body: { status: client.status === 'active' ? 'inactive' : 'active' },
    });
    await refresh();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    button.replaceWith(element('span', { class: 'form-error', role: 'alert' }, reason));
  }
}

function clientItem(agent: AgentApi, client: Client, refresh: () => Promise<void>) {
  const toggle = element(
    'button',
    { type: 'button', class: 'button button-quiet' },
    client.status === 'active' ? 'Set inactive' : 'Set active',
  );
  toggle.addEventListener('click', () => void toggleStatus(agent, client, toggle, refresh));
  const details = [
    typeLabels[client.type],
    client.hasPortalAccess ? 'portal login set up' : 'no portal login',
  ];
  return element(
    'li',
    { class: 'client-item', 'data-client-id': client.id, 'data-status': client.status },
    element(
      'div',
      { class: 'session-title' },
      element('strong', {}, client.name),
      element(
        'span',
        { class: `badge badge-client-${client.status}` },
        client.status === 'active' ? 'Active' : 'Inactive',
      ),
      client.unreadMessages > 0
        ? element(
            'span',
            { class: 'badge badge-unread', 'data-unread': String(client.unreadMessages) },
            `${client.unreadMessages} unread`,
          )
        : '',
    ),
    element('span', { class: 'status-detail' }, details.join(' · ')),
    element(
      'div',
      { class: 'client-actions' },
      element(
        'a',
        { href: `/client-login?client=${encodeURIComponent(client.id)}` },
        'Portal access',
      ),
      toggle,
    ),
  );
}

/** Lists the agent's clients (`GET /v1/clients`) with their status and unread messages. */
export async function showClients(container: HTMLElement, agent: AgentApi): Promise<void> {
  const refresh = () => showClients(container, agent);
  await showList(container, {
    load: async () => (await agent.api.request<ClientList>('/v1/clients?limit=50')).items,
    item: (client) => clientItem(agent, client, refresh),
    empty: 'No clients are assigned to you.',
    failure: 'Could not load your clients.',
  });
}
