import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import type {
  PortalActivityList,
  PortalDocument,
  PortalDocumentList,
  PortalFeedbackList,
  PortalMessage,
  PortalMessageList,
} from '@signport/core/client';
import { define } from '../base/define.js';
import { ApiCall } from '../base/api-call.js';
import { consumeContext } from '../base/context.js';
import { langAt, message } from '../base/messages.js';
import type { PlainMessageKey } from '../base/messages.js';
import { SignportElement } from '../base/signport-element.js';
import { errorTemplate } from '../base/status-templates.js';
import { portalSessionContext } from '../client-portal-login/portal-session.js';
import type { PortalSession } from '../client-portal-login/portal-session.js';
import { clientPortalStyles } from './client-portal.styles.js';
import './client-portal.messages.js';
import { saveFile } from '../base/save-file.js';

type Tab = 'documents' | 'feedback' | 'messages' | 'activity';
const TABS: readonly Tab[] = ['documents', 'feedback', 'messages', 'activity'];
const TAB_LABELS = {
  documents: 'tabDocuments',
  feedback: 'tabFeedback',
  messages: 'tabMessages',
  activity: 'tabActivity',
} as const;
/** Periods the activity feed offers, in days. */
const PERIODS = [7, 30, 90] as const;
const DAY_MS = 86_400_000;

/**
 * @summary A signed-in client's portal: shared documents, the owner feedback report, messages with
 * the agent and the activity feed, as far as the agent's grants allow.
 *
 * Place it inside `<client-portal-login>`, which gives it the session; elsewhere on the page, set
 * its `session` property from the `signport-login` event.
 *
 * @example
 * <client-portal-login api="https://sign.example.com" account="acc_123">
 *   <client-portal></client-portal>
 * </client-portal-login>
 *
 * @event {SignportErrorEvent} signport-error - A call failed; `detail` is the server's `{ code, message, field }`.
 *
 * @csspart base - The portal's box.
 * @csspart header - The greeting, the agent and the sign-out button.
 * @csspart tabs - The row of section tabs (`role="tablist"`); each tab is part `tab`.
 * @csspart panel - The selected section.
 * @csspart list - Lists of documents, messages and activity; each message is also `message-client` or `message-agent`.
 * @csspart empty - The text shown when a section has nothing yet.
 * @csspart signed-out - "You have been signed out", shown when the session ended.
 * @csspart button-primary - The Send button.
 */
export class ClientPortal extends SignportElement {
  static override styles = [SignportElement.styles, clientPortalStyles];
  // Declared here rather than with decorators, whose runtime would ship in every bundle.
  static override properties: PropertyDeclarations = {
    session: { attribute: false },
    tab: { state: true },
    period: { state: true },
    sending: { state: true },
    sendError: { state: true },
    unsentDraft: { state: true },
    downloadError: { state: true },
  };

  /** The session of a signed-in client; given by an enclosing `<client-portal-login>`. */
  session?: PortalSession;

  constructor() {
    super();
    consumeContext(this, portalSessionContext, (session) => (this.session = session));
  }

  private tab: Tab = 'documents';
  private period: (typeof PERIODS)[number] = 30;
  private sending = false;
  private sendError?: string;
  /** A message the server refused as the session ended: kept on screen so it is not lost. */
  private unsentDraft?: string;
  private downloadError?: string;

  readonly #documents = this.#call<PortalDocumentList>(() => 'documents');
  readonly #feedback = this.#call<PortalFeedbackList>(() => 'feedback');
  readonly #messages = this.#call<PortalMessageList>(() => 'messages');
  readonly #activity = this.#call<PortalActivityList>(() => {
    const from = new Date(Date.now() - this.period * DAY_MS).toISOString().slice(0, 10);
    return `activity?from=${from}`;
  });
  /** What each section was last loaded for, so a section loads once per session (and period). */
  readonly #loadedFor = new Map<Tab, unknown>();

  // Portal requests go through the session; the address is the session's unless one is set.
  protected override get apiUrl(): string | undefined {
    return super.apiUrl ?? this.session?.portal.baseUrl;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#loadedFor.clear();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('session')) {
      this.#loadedFor.clear();
      const tabs = this.#tabs();
      if (!tabs.includes(this.tab) && tabs[0]) this.tab = tabs[0];
    }
    if (!this.session || this.session.ended) return;
    const key = this.tab === 'activity' ? this.period : true;
    if (this.#loadedFor.get(this.tab) !== key) {
      this.#loadedFor.set(this.tab, key);
      void this.#calls()[this.tab].run();
    }
  }

  protected override render() {
    // A request answered 401 and refreshing failed (e.g. the client was set inactive), or sign-out.
    if (this.session?.ended)
      return html`<p part="signed-out" role="status">${message(this, 'portalSignedOut')}</p>
        ${this.unsentDraft ? this.#unsent(this.unsentDraft) : nothing}`;
    const me = this.session?.me;
    if (!me) return nothing;
    const tabs = this.#tabs();
    return html`<section part="base">
      <div part="header">
        <div>
          <h2>${message(this, 'portalGreeting', { name: me.client.name })}</h2>
          ${me.agent ? html`<p>${message(this, 'portalAgent', { name: me.agent.name })}</p>` : nothing}
        </div>
        <button type="button" @click=${this.#signOut}>${message(this, 'portalSignOut')}</button>
      </div>
      ${
        tabs.length === 0
          ? html`<p part="empty">${message(this, 'portalNothingShared')}</p>`
          : html`<div
                part="tabs"
                role="tablist"
                aria-label=${message(this, 'portalSections')}
                @keydown=${this.#onTabKey}
              >
                ${tabs.map(
                  (tab) =>
                    html`<button
                      part="tab"
                      role="tab"
                      type="button"
                      id="tab-${tab}"
                      aria-selected=${tab === this.tab}
                      aria-controls="panel-${tab}"
                      tabindex=${tab === this.tab ? 0 : -1}
                      @click=${() => (this.tab = tab)}
                    >
                      ${message(this, TAB_LABELS[tab])}
                    </button>`,
                )}
              </div>
              <div
                part="panel"
                role="tabpanel"
                id="panel-${this.tab}"
                aria-labelledby="tab-${this.tab}"
                tabindex="0"
              >
                ${this.#panel()}
              </div>`
      }
    </section>`;
  }

  #panel() {
    switch (this.tab) {
      case 'documents':
        return this.#documents.render({
          complete: ({ items }) =>
            html`${this.#alert(this.downloadError)}${this.#list(
              items,
              'documentsEmpty',
              (document) =>
                html`<li>
                  <a
                    href=${document.downloadUrl}
                    download=${document.name}
                    @click=${(event: Event) => this.#download(event, document)}
                    >${document.name}</a
                  >
                  <small
                    >${document.kind === 'signing' ? `${message(this, 'documentSigned')} · ` : ''}${this.#date(document.createdAt)}</small
                  >
                </li>`,
            )}`,
        });
      case 'feedback':
        return this.#feedback.render({
          complete: ({ items }) =>
            items.length === 0
              ? this.#empty('feedbackEmpty')
              : html`<table>
                  <caption>
                    ${message(this, 'feedbackCaption')}
                  </caption>
                  <thead>
                    <tr>
                      ${(
                        [
                          'feedbackDate',
                          'feedbackBuyer',
                          'feedbackRating',
                          'feedbackComments',
                        ] as const
                      ).map((key) => html`<th scope="col">${message(this, key)}</th>`)}
                    </tr>
                  </thead>
                  <tbody>
                    ${items.map(
                      (entry) =>
                        html`<tr>
                          <td>${this.#date(entry.showingAt)}</td>
                          <td>${entry.buyerName}</td>
                          <td>
                            ${entry.rating === null ? '—' : message(this, 'feedbackRatingValue', { rating: entry.rating })}
                          </td>
                          <td>${entry.comments}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>`,
        });
      case 'messages':
        return html`<div role="log" aria-label=${message(this, 'tabMessages')}>
            ${this.#messages.render({
              complete: ({ items }) =>
                this.#list(
                  [...items].sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
                  'messagesEmpty',
                  (entry) =>
                    html`<li part="message-${entry.from}">
                      <small
                        >${message(this, entry.from === 'client' ? 'messagesYou' : 'messagesAgent')} ·
                        ${this.#date(entry.createdAt, true)}</small
                      >
                      <p>${entry.body}</p>
                    </li>`,
                ),
            })}
          </div>
          <form @submit=${this.#send}>
            <label>
              ${message(this, 'messagesLabel')}
              <textarea name="body" required maxlength="5000" ?disabled=${this.sending}></textarea>
            </label>
            ${this.#alert(this.sendError)}
            <button part="button-primary" type="submit" ?disabled=${this.sending}>
              ${message(this, this.sending ? 'messagesSending' : 'messagesSend')}
            </button>
          </form>`;
      case 'activity':
        return html`<label>
            ${message(this, 'activityPeriod')}
            <select
              @change=${(event: Event) => (this.period = Number((event.target as HTMLSelectElement).value) as 30)}
            >
              ${PERIODS.map(
                (days) =>
                  html`<option value=${days} ?selected=${days === this.period}>
                    ${message(this, 'activityDays', { days })}
                  </option>`,
              )}
            </select>
          </label>
          ${this.#activity.render({
            complete: ({ items }) =>
              this.#list(
                items,
                'activityEmpty',
                (entry) =>
                  html`<li>
                    <small>${this.#date(entry.at, true)}</small><span>${entry.summary}</span>
                  </li>`,
              ),
          })}`;
    }
  }

  #list<Item>(items: Item[], empty: PlainMessageKey, item: (entry: Item) => unknown) {
    return items.length === 0
      ? this.#empty(empty)
      : html`<ul part="list">
          ${items.map(item)}
        </ul>`;
  }

  #alert(message: string | undefined) {
    return message ? errorTemplate({ code: '', message, field: undefined }) : nothing;
  }

  #unsent(draft: string) {
    return html`<label>
        ${message(this, 'messagesLabel')}
        <textarea name="body" .value=${draft}></textarea>
      </label>
      ${this.#alert(this.sendError)}`;
  }

  #empty(key: PlainMessageKey) {
    return html`<p part="empty">${message(this, key)}</p>`;
  }

  // Lit binds `this` to the element for listeners in its templates.
  async #send(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const body = String(new FormData(form).get('body') ?? '').trim();
    if (!body || this.sending || !this.session) return;
    this.sending = true;
    this.sendError = undefined;
    try {
      const sent = await this.session.call((portal) =>
        portal.request<PortalMessage>('messages', { body: { body } }),
      );
      this.#append(sent);
      form.reset();
    } catch (error) {
      // The text stays in the box; if the session ended, the signed-out view keeps it too.
      this.sendError = (error as Error).message;
      if (this.session.ended) this.unsentDraft = body;
    } finally {
      this.sending = false;
    }
    await this.updateComplete;
    this.renderRoot.querySelector('[role=log] li:last-child')?.scrollIntoView({ block: 'nearest' });
  }

  /** Documents need the access token, which a plain link cannot send: fetch, then save the file. */
  async #download(event: Event, document: PortalDocument): Promise<void> {
    event.preventDefault();
    this.downloadError = undefined;
    try {
      const blob = await this.session!.call((portal) => portal.download(document.downloadUrl));
      saveFile(blob, document.name);
    } catch (error) {
      this.downloadError = (error as Error).message;
    }
  }

  async #signOut(): Promise<void> {
    await this.session?.signOut();
    this.requestUpdate();
  }

  #append(sent: PortalMessage): void {
    const list = this.#messages.value;
    if (list) this.#messages.value = { ...list, items: [...list.items, sent] };
  }

  #onTabKey(event: KeyboardEvent): void {
    const tabs = this.#tabs();
    const index = tabs.indexOf(this.tab);
    const next = {
      ArrowRight: tabs[(index + 1) % tabs.length],
      ArrowLeft: tabs[(index - 1 + tabs.length) % tabs.length],
      Home: tabs[0],
      End: tabs[tabs.length - 1],
    }[event.key];
    if (!next) return;
    event.preventDefault();
    this.tab = next;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`#tab-${next}`)?.focus(),
    );
  }

  /** The sections the grants open that this element shows; completed signings count as documents. */
  #tabs(): Tab[] {
    const sections: readonly string[] = this.session?.me?.sections ?? [];
    return TABS.filter(
      (tab) => sections.includes(tab) || (tab === 'documents' && sections.includes('signings')),
    );
  }

  #calls() {
    return {
      documents: this.#documents,
      feedback: this.#feedback,
      messages: this.#messages,
      activity: this.#activity,
    };
  }

  /** A read of the portal API; lists ask for one large page, as a portal holds a handful of entries. */
  #call<Value>(path: () => string): ApiCall<Value> {
    return new ApiCall<Value>(this, {
      task: (_api, signal) =>
        this.session!.call((portal) =>
          portal.request<Value>(`${path()}${path().includes('?') ? '&' : '?'}limit=100`, {
            signal,
          }),
        ),
      announcesReady: true,
    });
  }

  #date(iso: string, withTime = false): string {
    return new Date(iso).toLocaleString(langAt(this) || undefined, {
      dateStyle: 'medium',
      timeStyle: withTime ? 'short' : undefined,
    });
  }
}

define('client-portal', ClientPortal);

declare global {
  interface HTMLElementTagNameMap {
    'client-portal': ClientPortal;
  }
}
