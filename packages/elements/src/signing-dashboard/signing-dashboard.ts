import { html, nothing } from 'lit';
import type { PropertyDeclarations } from 'lit';
import type { Party, Session, SessionList, SessionState } from '@signport/core/client';
import { define } from '../base/define.js';
import { ApiCall } from '../base/api-call.js';
import { langAt, message } from '../base/messages.js';
import type { PlainMessageKey } from '../base/messages.js';
import { SignportElement } from '../base/signport-element.js';
import { errorTemplate, loadingTemplate } from '../base/status-templates.js';
import { SessionActions } from './session-actions.js';
import './signing-dashboard.messages.js';
import { signingDashboardStyles } from './signing-dashboard.styles.js';

const statusLabels: Record<SessionState, PlainMessageKey> = {
  draft: 'dashboardDraft',
  sent: 'dashboardSent',
  in_progress: 'dashboardInProgress',
  completed: 'dashboardCompleted',
  declined: 'dashboardDeclined',
  expired: 'dashboardExpired',
  voided: 'dashboardVoided',
};

/** The colour of each session status's chip (`data-tone`). */
const statusTones: Record<SessionState, string> = {
  draft: '',
  sent: 'accent',
  in_progress: 'warning',
  completed: 'success',
  declined: 'danger',
  expired: '',
  voided: '',
};
const partyTones: Record<Party['status'], string> = {
  waiting: '',
  invited: 'accent',
  viewed: 'warning',
  completed: 'success',
  declined: 'danger',
};

/**
 * @summary Every signing session of every sender the user may act for, newest first, with its
 * sender and initiator: filter by status, search documents and parties, page through. The server
 * decides what is listed, so a revoked delegation's sessions are gone at the next load; it loads
 * again when the page becomes visible, when a sender is saved or a session sent on the page, and
 * when the host calls `refresh()`.
 *
 * @event {SignportErrorEvent} signport-error - Loading failed; `detail` is the server's `{ code, message, field }`.
 *
 * @csspart filters - The search form: search box, status filter and Refresh button (`refresh-button`).
 * @csspart table - The sessions table; each row is a `row`, its parties `party` with a `chip` each, its status a `status-chip`.
 * @csspart actions - A row's buttons: `details-button`, `download-button` (completed), `remind-button` and `void-button`.
 * @csspart details - A row's details: each party's email, status and when.
 * @csspart void-dialog - Asks before voiding (`confirm-void-button`); voiding cannot be undone.
 * @csspart notice - What the last action did ("Reminder sent to 2…"), or why it failed.
 * @csspart empty - Shown when there is no session to list.
 * @csspart pager - Previous and Next (`previous-button`, `next-button`).
 *
 * @example
 * <signing-dashboard api="https://sign.example.com" token="eyJ…" page-size="25"></signing-dashboard>
 */
export class SigningDashboard extends SignportElement {
  static override styles = [SignportElement.styles, signingDashboardStyles];
  // Declared here rather than with decorators, whose runtime would ship in every bundle.
  static override properties: PropertyDeclarations = {
    pageSize: { type: Number, attribute: 'page-size' },
    status: { state: true },
    search: { state: true },
    cursors: { state: true },
  };

  /** Sessions per page, 1 to 100. */
  pageSize = 25;

  private status: SessionState | '' = '';
  private search = '';
  /** The cursor of every page after the first up to this one; empty on the first page. */
  private cursors: string[] = [];

  readonly sessions = new ApiCall<SessionList>(this, {
    task: (api, signal) => {
      const query = new URLSearchParams({ as: 'all', limit: String(this.pageSize) });
      if (this.status) query.set('status', this.status);
      if (this.search) query.set('search', this.search);
      const cursor = this.cursors.at(-1);
      if (cursor) query.set('cursor', cursor);
      return api.request<SessionList>(`/v1/sessions?${query}`, { signal });
    },
    dependencies: () => [
      this.apiUrl,
      this.token,
      this.tokenProvider,
      this.provided,
      this.pageSize,
      this.status,
      this.search,
      this.cursors,
    ],
    announcesReady: true,
  });

  /** Loads the current page again, e.g. after the host revoked or granted a delegation. */
  async refresh(): Promise<void> {
    await this.sessions.run();
  }

  readonly #actions = new SessionActions(this, () => this.refresh());

  #refresh = (): void => {
    if (document.visibilityState === 'visible') void this.refresh();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    for (const name of ['visibilitychange', 'signport-sender-change', 'signport-session-sent'])
      document.addEventListener(name, this.#refresh);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const name of ['visibilitychange', 'signport-sender-change', 'signport-session-sent'])
      document.removeEventListener(name, this.#refresh);
  }

  #filter = (event: Event): void => {
    event.preventDefault();
    const form = (event.target as HTMLElement).closest('form')!;
    this.search = (form.elements.namedItem('search') as HTMLInputElement).value.trim();
    this.status = (form.elements.namedItem('status') as HTMLSelectElement).value as SessionState;
    this.cursors = [];
  };

  protected override render() {
    const { status, value, error } = this.sessions;
    const list = status === 'error' ? undefined : value;
    return html`${this.#filters()} ${status === 'pending' ? loadingTemplate(this) : nothing}
    ${status === 'error' ? errorTemplate(error!) : nothing}
    <p part="notice" class="notice" role="status">${this.#actions.notice}</p>
    ${list ? this.#table(list.items, status === 'pending') : nothing}
    ${list && (list.nextCursor || this.cursors.length) ? this.#pager(list.nextCursor) : nothing}
    ${this.#actions.dialog()}`;
  }

  #filters() {
    return html`<form part="filters" role="search" @submit=${this.#filter}>
      <label>
        ${message(this, 'dashboardSearch')}
        <input
          name="search"
          type="search"
          placeholder=${message(this, 'dashboardSearchHint')}
          .value=${this.search}
        />
      </label>
      <label>
        ${message(this, 'dashboardStatus')}
        <select name="status" @change=${this.#filter}>
          <option value="">${message(this, 'dashboardAll')}</option>
          ${Object.entries(statusLabels).map(
            ([state, label]) =>
              html`<option value=${state} ?selected=${state === this.status}>
                ${message(this, label)}
              </option>`,
          )}
        </select>
      </label>
      <button type="submit">${message(this, 'dashboardSearch')}</button>
      <button part="refresh-button" type="button" @click=${() => void this.refresh()}>
        ${message(this, 'dashboardRefresh')}
      </button>
    </form>`;
  }

  #table(items: Session[], busy: boolean) {
    if (!items.length) {
      const filtered = this.search || this.status || this.cursors.length;
      return html`<p part="empty">
        ${message(this, filtered ? 'dashboardNoMatch' : 'dashboardEmpty')}
      </p>`;
    }
    const date = new Intl.DateTimeFormat(langAt(this) || undefined, {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    const header = (key: PlainMessageKey) => html`<th scope="col">${message(this, key)}</th>`;
    return html`<div class="scroll" tabindex="0" role="region" aria-labelledby="caption">
      <table part="table" aria-busy=${busy}>
        <caption id="caption">
          ${message(this, 'dashboardTitle')}
        </caption>
        <thead>
          <tr>
            ${header('dashboardDocument')} ${header('dashboardParties')}
            ${header('dashboardSender')} ${header('dashboardStatus')}
            ${header('dashboardActions')}
          </tr>
        </thead>
        ${items.map((session) => this.#row(session, date))}
      </table>
    </div>`;
  }

  /** One session: its document, parties with their progress, sender, status and actions; details below. */
  #row(session: Session, date: Intl.DateTimeFormat) {
    const signed = session.parties.filter((party) => party.status === 'completed').length;
    const onBehalf = session.initiator.id !== session.sender.id;
    return html`<tbody>
      <tr part="row" data-session-id=${session.id}>
        <th scope="row">
          ${session.templateName}
          <small>
            ${message(this, 'dashboardCreatedOn', { date: date.format(new Date(session.createdAt)) })}
          </small>
        </th>
        <td>
          <ul class="parties">
            ${session.parties.map(
              (party) =>
                html`<li part="party">
                  ${party.name}
                  <span part="chip" class="chip" data-tone=${partyTones[party.status]}
                    >${message(this, `dashboardParty_${party.status}`)}</span
                  >
                </li>`,
            )}
          </ul>
          <small>
            ${message(this, 'dashboardSignedCount', { signed, count: session.parties.length })}
          </small>
        </td>
        <td>
          ${session.sender.name}
          ${
            onBehalf
              ? html`<small>${message(this, 'dashboardOnBehalf', { name: session.initiator.name })}</small>`
              : nothing
          }
        </td>
        <td>
          <span part="status-chip" class="chip" data-tone=${statusTones[session.status]}
            >${message(this, statusLabels[session.status])}</span
          >
        </td>
        <td>${this.#actions.render(session)}</td>
      </tr>
      <tr
        part="details"
        id="details-${session.id}"
        class="details"
        ?hidden=${!this.#actions.expanded.has(session.id)}
      >
        <td colspan="5">
          <ul>
            ${session.parties.map((party) => html`<li>${this.#partyDetails(party, date)}</li>`)}
          </ul>
          ${session.message ? html`<p>${session.message.body}</p>` : nothing}
        </td>
      </tr>
    </tbody>`;
  }

  #partyDetails(party: Party, date: Intl.DateTimeFormat) {
    const when = party.declinedAt
      ? message(this, 'dashboardDeclinedAt', { date: date.format(new Date(party.declinedAt)) })
      : party.completedAt
        ? message(this, 'dashboardCompletedAt', { date: date.format(new Date(party.completedAt)) })
        : party.invitedAt
          ? message(this, 'dashboardInvitedAt', { date: date.format(new Date(party.invitedAt)) })
          : '';
    return html`<strong>${party.name}</strong> · ${party.email} ·
      ${message(this, `dashboardParty_${party.status}`)}${when ? html` · ${when}` : nothing}`;
  }

  #pager(nextCursor: string | null) {
    return html`<nav part="pager" aria-label=${message(this, 'dashboardPages')}>
      <button
        part="previous-button"
        type="button"
        ?disabled=${!this.cursors.length}
        @click=${() => (this.cursors = this.cursors.slice(0, -1))}
      >
        ${message(this, 'dashboardPrevious')}
      </button>
      <button
        part="next-button"
        type="button"
        ?disabled=${!nextCursor}
        @click=${() => nextCursor && (this.cursors = [...this.cursors, nextCursor])}
      >
        ${message(this, 'dashboardNext')}
      </button>
    </nav>`;
  }
}

define('signing-dashboard', SigningDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'signing-dashboard': SigningDashboard;
  }
}
