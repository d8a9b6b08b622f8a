import { html, nothing } from 'lit';
import type { PropertyDeclarations } from 'lit';
import type { Client, SenderChoices, UpdateClientRequest } from '@signport/core/client';
import { ApiCall } from '../base/api-call.js';
import { define } from '../base/define.js';
import { describedBy, fieldErrorTemplate, formErrorTemplate } from '../base/field-error.js';
import type { FormError } from '../base/field-error.js';
import { message } from '../base/messages.js';
import type { PlainMessageKey } from '../base/messages.js';
import { SignportElement } from '../base/signport-element.js';
import { clientStatusLabels, clientTypeLabels } from '../client-list/client-labels.js';
import type { SignportClientChangeEvent } from '../events/signport-client-change.js';
import { workspaceStyles } from '../styles/workspace.styles.js';
import './client-detail.messages.js';
import { clientDetailStyles } from './client-detail.styles.js';
import { DetailActivity } from './detail-activity.js';
import { DetailDocuments } from './detail-documents.js';
import type { DetailHost } from './detail-host.js';
import { DetailLog } from './detail-log.js';
import { DetailMessages } from './detail-messages.js';
import { DetailSessions } from './detail-sessions.js';

export type { SignportClientChangeEvent };

const editFields = ['type', 'status', 'assignedAgentId'];

/**
 * @summary One client, for their agent: name, type, status, assignee and a "View portal" link;
 * change type, status (inactive turns the portal off at once) and assignee; the message thread
 * (read, reply, mark read); the communication log with a filter and the agent's own calls, notes,
 * searches and CMAs; the activity feed; the documents the portal shows (tick or untick); and the
 * client's signing sessions.
 *
 * @example
 * <client-detail api="https://sign.example.com" token="eyJ…" client-id="cli_…"
 *   portal-href="/portal?client={id}"></client-detail>
 *
 * @event {SignportClientChangeEvent} signport-client-change - The client changed (saved, or messages read); `detail` is `{ client }`.
 * @event {SignportErrorEvent} signport-error - A call failed; `detail` is the server's `{ code, message, field }`.
 *
 * @csspart header - Name, badges and the View portal link (`portal-link`).
 * @csspart edit - The type, status and assignee form.
 * @csspart messages - The message thread; each `message` has `data-from` client or agent.
 * @csspart log - The communication log; each `log-entry` has `data-kind`.
 * @csspart activity - The activity feed.
 * @csspart documents - The documents; each `document` has its "shown in the portal" tick.
 * @csspart sessions - The signing sessions.
 */
export class ClientDetail extends SignportElement implements DetailHost {
  static override styles = [SignportElement.styles, workspaceStyles, clientDetailStyles];
  // Declared here rather than with decorators, whose runtime would ship in every bundle.
  static override properties: PropertyDeclarations = {
    clientId: { attribute: 'client-id' },
    portalHref: { attribute: 'portal-href' },
    draft: { state: true },
    saving: { state: true },
    saved: { state: true },
    editError: { state: true },
  };

  /** The client shown. */
  clientId = '';
  /** Where "View portal" goes, `{id}` standing for the client's id; no link when empty. */
  portalHref = '';

  private draft: Required<Pick<UpdateClientRequest, 'type' | 'status'>> & {
    assignedAgentId: string;
  } = { type: 'buyer', status: 'active', assignedAgentId: '' };
  private saving = false;
  private saved = false;
  private editError: FormError;

  readonly clientCall = new ApiCall<Client>(this, {
    task: (api, signal) => api.request<Client>(this.clientPath, { signal }),
    dependencies: () => this.loadDependencies(),
    announcesReady: true,
  });

  /** Who the client may be assigned to: the agent and those they manage contacts for. */
  readonly agents = new ApiCall<SenderChoices>(this, {
    task: (api, signal) => api.request<SenderChoices>('/v1/me/senders?scope=contacts', { signal }),
    dependencies: () => this.loadDependencies(),
  });

  readonly #messages = new DetailMessages(this);
  readonly #log = new DetailLog(this);
  readonly #activity = new DetailActivity(this);
  readonly #documents = new DetailDocuments(this, () => this.#activity.reload());
  readonly #sessions = new DetailSessions(this);

  get current(): Client | undefined {
    return this.clientCall.value?.id === this.clientId ? this.clientCall.value : undefined;
  }

  get clientPath(): string {
    return `/v1/clients/${encodeURIComponent(this.clientId)}`;
  }

  loadDependencies(): readonly unknown[] | undefined {
    return this.clientId
      ? [this.apiUrl, this.token, this.tokenProvider, this.provided, this.clientId]
      : undefined;
  }

  async clientChanged(): Promise<void> {
    const client = await this.clientCall.run();
    if (client) this.emit('signport-client-change', { client });
  }

  /** Loads the client and every section again, e.g. after a message arrived. */
  async refresh(): Promise<void> {
    await Promise.all([
      this.clientCall.run(),
      this.#messages.messages.run(),
      this.#log.log.run(),
      this.#activity.activity.run(),
      this.#documents.documents.run(),
    ]);
  }

  #loadedId = '';

  protected override willUpdate(): void {
    const client = this.current;
    // A freshly loaded client resets the form; a reload of the same one keeps the edits.
    if (client && (client.id !== this.#loadedId || this.saved)) {
      this.#loadedId = client.id;
      this.draft = {
        type: client.type,
        status: client.status,
        assignedAgentId: client.assignedAgent?.id ?? '',
      };
    }
  }

  #choose(event: Event): void {
    const control = event.target as HTMLSelectElement;
    this.draft = { ...this.draft, [control.name]: control.value };
    this.saved = false;
    this.editError = undefined;
  }

  async #save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.saving = true;
    this.saved = false;
    this.editError = undefined;
    try {
      const body: UpdateClientRequest = {
        type: this.draft.type,
        status: this.draft.status,
        ...(this.draft.assignedAgentId && { assignedAgentId: this.draft.assignedAgentId }),
      };
      const client = await this.client.request<Client>(this.clientPath, { method: 'PATCH', body });
      this.clientCall.value = client;
      this.saved = true;
      this.emit('signport-client-change', { client });
    } catch (error) {
      this.editError = this.report(error);
    } finally {
      this.saving = false;
    }
  }

  protected override render() {
    const client = this.current;
    if (!client) return this.clientCall.render({ complete: () => nothing });
    return html`${this.#header(client)} ${this.#edit(client)}
      <div class="columns">
        <div class="column">${this.#messages.render()} ${this.#log.render()}</div>
        <div class="column">
          ${this.#documents.render()} ${this.#activity.render()} ${this.#sessions.render()}
        </div>
      </div>`;
  }

  #header(client: Client) {
    const portal = this.portalHref.replace('{id}', encodeURIComponent(client.id));
    return html`<header part="header">
      <div>
        <h2>${client.name}</h2>
        <p class="badges">
          <span class="badge">${message(this, clientTypeLabels[client.type])}</span>
          <span class="badge" data-status=${client.status}
            >${message(this, clientStatusLabels[client.status])}</span
          >
          ${
            client.unreadMessages
              ? html`<span part="unread" class="badge alert"
                >${client.unreadMessages === 1 ? message(this, 'detailUnreadOne') : message(this, 'detailUnread', { count: client.unreadMessages })}</span
              >`
              : nothing
          }
        </p>
        <p class="muted">
          ${message(this, 'detailAssignedTo', {
            name: client.assignedAgent?.name ?? message(this, 'detailNoAssignee'),
          })}
          ${client.email ? html` · ${client.email}` : nothing}
          ${client.phone ? html` · ${client.phone}` : nothing}
        </p>
      </div>
      ${
        this.portalHref && client.hasPortalAccess
          ? html`<a part="portal-link" class="button" href=${portal}
            >${message(this, 'detailViewPortal')}</a
          >`
          : html`<span class="muted">${message(this, 'detailNoPortal')}</span>`
      }
    </header>`;
  }

  #select(name: string, label: PlainMessageKey, options: [string, string][], value: string) {
    const id = `edit-${name}`;
    return html`<label for=${id}
        >${message(this, label)}
        <select
          id=${id}
          name=${name}
          ?disabled=${this.saving}
          aria-invalid=${this.editError?.field === name ? 'true' : 'false'}
          aria-describedby=${describedBy(this.editError, name, `${id}-error`)}
          @change=${this.#choose}
        >
          ${options.map(
            ([option, text]) =>
              html`<option value=${option} ?selected=${option === value}>${text}</option>`,
          )}
        </select></label
      >
      ${fieldErrorTemplate(this.editError, name, `${id}-error`)}`;
  }

  #edit(client: Client) {
    const labels = (map: Record<string, PlainMessageKey>): [string, string][] =>
      Object.entries(map).map(([value, key]) => [value, message(this, key)]);
    const agents: [string, string][] = (this.agents.value?.senders ?? []).map((choice) => [
      choice.user.id,
      choice.user.name,
    ]);
    if (!agents.some(([id]) => id === this.draft.assignedAgentId))
      agents.unshift([
        this.draft.assignedAgentId,
        client.assignedAgent?.name ?? message(this, 'detailNoAssignee'),
      ]);
    const turningOff = client.status === 'active' && this.draft.status === 'inactive';
    const inactiveNow = this.saved && client.status === 'inactive';
    return html`<form
      part="edit"
      class="card"
      aria-labelledby="edit-title"
      @submit=${(event: SubmitEvent) => void this.#save(event)}
    >
      <h3 id="edit-title">${message(this, 'detailEdit')}</h3>
      <div class="row">
        ${this.#select('type', 'clientsType', labels(clientTypeLabels), this.draft.type)}
        ${this.#select('status', 'clientsStatus', labels(clientStatusLabels), this.draft.status)}
        ${this.#select('assignedAgentId', 'detailAssignee', agents, this.draft.assignedAgentId)}
      </div>
      ${
        turningOff
          ? html`<p class="warning" part="inactive-warning">
            ${message(this, 'detailInactiveWarning', { name: client.name })}
          </p>`
          : nothing
      }
      ${formErrorTemplate(this.editError, editFields)}
      <div class="row">
        <button class="primary" type="submit" ?disabled=${this.saving}>
          ${message(this, this.saving ? 'detailSaving' : 'detailSave')}
        </button>
        <span role="status"
          >${
            this.saved
              ? message(this, inactiveNow ? 'detailInactiveSaved' : 'detailSaved', {
                  name: client.name,
                })
              : nothing
          }</span
        >
      </div>
    </form>`;
  }
}

define('client-detail', ClientDetail);

declare global {
  interface HTMLElementTagNameMap {
    'client-detail': ClientDetail;
  }
}
