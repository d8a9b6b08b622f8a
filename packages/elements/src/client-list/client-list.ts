import { html, nothing } from 'lit';
import type { PropertyDeclarations } from 'lit';
import type {
  Client,
  ClientList as ClientPage,
  ClientStatus,
  ClientType,
} from '@signport/core/client';
import { ApiCall } from '../base/api-call.js';
import { define } from '../base/define.js';
import { message } from '../base/messages.js';
import type { PlainMessageKey } from '../base/messages.js';
import { SignportElement } from '../base/signport-element.js';
import { errorTemplate, loadingTemplate } from '../base/status-templates.js';
import type { SignportClientOpenEvent } from '../events/signport-client-open.js';
import { workspaceStyles } from '../styles/workspace.styles.js';
import { clientStatusLabels, clientTypeLabels } from './client-labels.js';
import './client-list.messages.js';
import { clientListStyles } from './client-list.styles.js';

export type { SignportClientOpenEvent };

/**
 * @summary The agent's clients, newest first: search by name or email, filter by type and status,
 * page through; each shows its unread messages. Opening one fires `signport-client-open`, and
 * follows a link when the host sets `href` (e.g. `/clients/{id}`). Reloads when a
 * `<client-detail>` on the page changes a client.
 *
 * @example
 * <client-list api="https://sign.example.com" token="eyJ…" href="/clients/{id}"></client-list>
 *
 * @event {SignportClientOpenEvent} signport-client-open - A client was opened; `detail` is `{ clientId }`. Cancel it to stop the link.
 * @event {SignportErrorEvent} signport-error - Loading failed; `detail` is the server's `{ code, message, field }`.
 *
 * @csspart filters - The search form.
 * @csspart client - One client; `aria-current` on the `selected` one.
 * @csspart unread - The "2 unread" badge.
 * @csspart pager - Previous and Next page.
 */
export class ClientListElement extends SignportElement {
  static override styles = [SignportElement.styles, workspaceStyles, clientListStyles];
  // Declared here rather than with decorators, whose runtime would ship in every bundle.
  static override properties: PropertyDeclarations = {
    href: {},
    selected: {},
    pageSize: { type: Number, attribute: 'page-size' },
    search: { state: true },
    type: { state: true },
    status: { state: true },
    cursors: { state: true },
  };

  /** Where opening a client goes, `{id}` standing for its id; a button when empty. */
  href = '';
  /** The id of the client shown next to the list, marked as current. */
  selected = '';
  /** Clients per page, 1 to 100. */
  pageSize = 25;

  private search = '';
  private type: ClientType | '' = '';
  private status: ClientStatus | '' = '';
  /** The cursor of every page after the first up to this one; empty on the first page. */
  private cursors: string[] = [];

  readonly clients = new ApiCall<ClientPage>(this, {
    task: (api, signal) => {
      const query = new URLSearchParams({ limit: String(this.pageSize) });
      if (this.search) query.set('search', this.search);
      if (this.type) query.set('type', this.type);
      if (this.status) query.set('status', this.status);
      const cursor = this.cursors.at(-1);
      if (cursor) query.set('cursor', cursor);
      return api.request<ClientPage>(`/v1/clients?${query}`, { signal });
    },
    dependencies: () => [
      this.apiUrl,
      this.token,
      this.tokenProvider,
      this.provided,
      this.pageSize,
      this.search,
      this.type,
      this.status,
      this.cursors,
    ],
    announcesReady: true,
  });

  /** Loads the current page again, e.g. after a message arrived. */
  async refresh(): Promise<void> {
    await this.clients.run();
  }

  #refresh = (): void => void this.refresh();

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('signport-client-change', this.#refresh);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('signport-client-change', this.#refresh);
  }

  #filter = (event: Event): void => {
    event.preventDefault();
    const form = (event.target as HTMLElement).closest('form')!;
    const value = (name: string) =>
      (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value.trim();
    this.search = value('search');
    this.type = value('type') as ClientType | '';
    this.status = value('status') as ClientStatus | '';
    this.cursors = [];
  };

  #open(event: Event, client: Client): void {
    const opened = this.emit('signport-client-open', { clientId: client.id }, { cancelable: true });
    if (opened.defaultPrevented || !this.href) event.preventDefault();
  }

  protected override render() {
    const { status, value, error } = this.clients;
    return html`${this.#filters()}
      ${status === 'pending' ? loadingTemplate(this) : nothing}
      ${status === 'error' ? errorTemplate(error!) : nothing}
      ${status === 'complete' && value ? this.#list(value) : nothing}`;
  }

  #select(
    name: string,
    label: PlainMessageKey,
    labels: Record<string, PlainMessageKey>,
    current: string,
  ) {
    return html`<label
      >${message(this, label)}
      <select name=${name} @change=${this.#filter}>
        <option value="">${message(this, 'clientsAll')}</option>
        ${Object.entries(labels).map(
          ([value, text]) =>
            html`<option value=${value} ?selected=${value === current}>${message(this, text)}</option>`,
        )}
      </select>
    </label>`;
  }

  #filters() {
    return html`<form part="filters" class="row" role="search" @submit=${this.#filter}>
      <label
        >${message(this, 'clientsSearch')}
        <input
          name="search"
          type="search"
          placeholder=${message(this, 'clientsSearchHint')}
          .value=${this.search}
        />
      </label>
      ${this.#select('type', 'clientsType', clientTypeLabels, this.type)}
      ${this.#select('status', 'clientsStatus', clientStatusLabels, this.status)}
      <button type="submit">${message(this, 'clientsSearch')}</button>
    </form>`;
  }

  #list(page: ClientPage) {
    if (!page.items.length) {
      const filtered = this.search || this.type || this.status || this.cursors.length;
      return html`<p class="empty" part="empty">
        ${message(this, filtered ? 'clientsNoMatch' : 'clientsEmpty')}
      </p>`;
    }
    return html`<ul class="items" aria-label=${message(this, 'clientsTitle')}>
        ${page.items.map((client) => this.#client(client))}
      </ul>
      ${page.nextCursor || this.cursors.length ? this.#pager(page.nextCursor) : nothing}`;
  }

  #client(client: Client) {
    const name = this.href
      ? html`<a
          class="open"
          href=${this.href.replace('{id}', encodeURIComponent(client.id))}
          @click=${(event: Event) => this.#open(event, client)}
          >${client.name}</a
        >`
      : html`<button class="open" type="button" @click=${(event: Event) => this.#open(event, client)}>
          ${client.name}
        </button>`;
    return html`<li part="client" aria-current=${client.id === this.selected ? 'true' : nothing}>
      ${name}
      ${
        client.unreadMessages
          ? html`<span part="unread" class="badge alert"
            >${client.unreadMessages === 1 ? message(this, 'clientsUnreadOne') : message(this, 'clientsUnread', { count: client.unreadMessages })}</span
          >`
          : html`<span></span>`
      }
      <span class="meta muted">
        ${message(this, clientTypeLabels[client.type])} ·
        ${message(this, clientStatusLabels[client.status])} ·
        ${client.assignedAgent?.name ?? message(this, 'clientsNoAssignee')}
      </span>
    </li>`;
  }

  #pager(nextCursor: string | null) {
    return html`<nav part="pager" aria-label=${message(this, 'clientsTitle')}>
      <button
        type="button"
        ?disabled=${!this.cursors.length}
        @click=${() => (this.cursors = this.cursors.slice(0, -1))}
      >
        ${message(this, 'clientsPrevious')}
      </button>
      <span>${message(this, 'clientsPage', { number: this.cursors.length + 1 })}</span>
      <button
        type="button"
        ?disabled=${!nextCursor}
        @click=${() => nextCursor && (this.cursors = [...this.cursors, nextCursor])}
      >
        ${message(this, 'clientsNext')}
      </button>
    </nav>`;
  }
}

define('client-list', ClientListElement);

declare global {
  interface HTMLElementTagNameMap {
    'client-list': ClientListElement;
  }
}
