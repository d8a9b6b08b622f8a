import type { ApiClient, Session, SessionList, TokenProvider } from '@signport/core/client';
import { element } from './create-element.js';
import { showList } from './show-list.js';

/** The signed-in agent's access to the API. */
export interface AgentApi {
  api: ApiClient;
  tokenProvider: TokenProvider;
}

const sessionLabels: Record<string, string> = {
  draft: 'Draft',
  sent: 'Sent',
  in_progress: 'In progress',
  completed: 'Completed',
  declined: 'Declined',
  expired: 'Expired',
  voided: 'Voided',
};

const partyLabels: Record<string, string> = {
  waiting: 'waiting for their turn',
  invited: 'invited',
  viewed: 'viewed',
  completed: 'signed',
  declined: 'declined',
};

/** Fetches the sealed PDF with the agent's token (a link could not send it) and saves it. */
async function download(
  { api, tokenProvider }: AgentApi,
  session: Session,
  button: HTMLButtonElement,
) {
  button.disabled = true;
  try {
    const token = await tokenProvider();
    const response = await fetch(`${api.baseUrl}/v1/sessions/${session.id}/document.pdf`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    if (!response.ok) throw new Error(`The document could not be downloaded (${response.status}).`);
    const url = URL.createObjectURL(await response.blob());
    const link = element('a', { href: url, download: `${session.templateName}.pdf` });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch (error) {
    button.replaceWith(element('span', { class: 'form-error', role: 'alert' }, String(error)));
  } finally {
    button.disabled = false;
  }
}

function sessionItem(agent: AgentApi, session: Session): HTMLLIElement {
  const created = new Date(session.createdAt).toLocaleString(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const parties = element(
    'ul',
    { class: 'session-parties' },
    ...session.parties.map((party) =>
      element(
        'li',
        {},
        element('strong', {}, party.name),
        ` (${party.role}) · ${partyLabels[party.status] ?? party.status}`,
      ),
    ),
  );
  const item = element(
    'li',
    { class: 'session-item', 'data-session-id': session.id, 'data-status': session.status },
    element(
      'div',
      { class: 'session-title' },
      element('strong', {}, session.templateName),
      element(
        'span',
        { class: `badge badge-${session.status}` },
        sessionLabels[session.status] ?? session.status,
      ),
    ),
    element('span', { class: 'status-detail' }, `Created ${created}`),
    parties,
  );
  if (session.status === 'completed') {
    const button = element(
      'button',
      { type: 'button', class: 'button button-quiet' },
      'Download signed PDF',
    );
    button.addEventListener('click', () => void download(agent, session, button));
    item.append(button);
  }
  return item;
}

/** Lists the agent's sessions (`GET /v1/sessions`) with each party's progress. */
export async function showSessions(container: HTMLElement, agent: AgentApi): Promise<void> {
  await showList(container, {
    load: async () => (await agent.api.request<SessionList>('/v1/sessions?limit=20')).items,
    item: (session) => sessionItem(agent, session),
    empty: 'Nothing sent yet.',
    failure: 'Could not load your documents.',
  });
}
