import { html, nothing } from 'lit';
import type { SessionList, SessionState } from '@signport/core/client';
import { ApiCall } from '../base/api-call.js';
import { formatDate } from '../base/dates.js';
import { message } from '../base/messages.js';
import type { PlainMessageKey } from '../base/messages.js';
import type { DetailHost } from './detail-host.js';

const stateLabels: Record<SessionState, PlainMessageKey> = {
  draft: 'detailSessionDraft',
  sent: 'detailSessionSent',
  in_progress: 'detailSessionInProgress',
  completed: 'detailSessionCompleted',
  declined: 'detailSessionDeclined',
  expired: 'detailSessionExpired',
  voided: 'detailSessionVoided',
};

/** The signing sessions with the client as a party, found by their email address. */
export class DetailSessions {
  readonly #host: DetailHost;
  readonly sessions: ApiCall<SessionList>;

  constructor(host: DetailHost) {
    this.#host = host;
    this.sessions = new ApiCall(host, {
      task: (api, signal) => {
        const query = new URLSearchParams({
          as: 'all',
          search: host.current?.email ?? '',
          limit: '25',
        });
        return api.request<SessionList>(`/v1/sessions?${query}`, { signal });
      },
      // Waits for the client: the search is their email address.
      dependencies: () => {
        const email = host.current?.email;
        return email ? [...(host.loadDependencies() ?? []), email] : undefined;
      },
    });
  }

  render() {
    const host = this.#host;
    const client = host.current;
    if (!client) return nothing;
    const email = client.email?.toLowerCase();
    return html`<section class="card" part="sessions" aria-labelledby="sessions-title">
      <h3 id="sessions-title">${message(host, 'detailSessions')}</h3>
      ${
        email
          ? this.sessions.render({
              complete: (page) => {
                // The search also matches names and templates: keep the sessions the client is in.
                const mine = page.items.filter((session) =>
                  session.parties.some((party) => party.email.toLowerCase() === email),
                );
                return mine.length
                  ? html`<ul class="items" aria-labelledby="sessions-title">
                    ${mine.map(
                      (session) =>
                        html`<li part="session">
                          <span>${session.templateName}</span>
                          <span class="muted"
                            ><span class="badge">${message(host, stateLabels[session.status])}</span>
                            ${formatDate(host, session.sentAt ?? session.createdAt)} ·
                            ${session.sender.name}</span
                          >
                        </li>`,
                    )}
                  </ul>`
                  : html`<p class="empty">${message(host, 'detailSessionsEmpty')}</p>`;
              },
            })
          : html`<p class="empty">${message(host, 'detailSessionsNoEmail')}</p>`
      }
    </section>`;
  }
}
