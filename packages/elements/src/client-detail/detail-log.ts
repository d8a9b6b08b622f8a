import { html, nothing } from 'lit';
import type {
  CommunicationEntry,
  CommunicationList,
  CreateCommunicationRequest,
} from '@signport/core/client';
import { ApiCall } from '../base/api-call.js';
import { formatDate } from '../base/dates.js';
import { describedBy, fieldErrorTemplate, formErrorTemplate } from '../base/field-error.js';
import type { FormError } from '../base/field-error.js';
import { message } from '../base/messages.js';
import type { PlainMessageKey } from '../base/messages.js';
import type { DetailHost } from './detail-host.js';

type Kind = CommunicationEntry['kind'];

export const kindLabels: Record<Kind, PlainMessageKey> = {
  message: 'detailKindMessage',
  call: 'detailKindCall',
  email: 'detailKindEmail',
  search: 'detailKindSearch',
  cma: 'detailKindCma',
  form: 'detailKindForm',
  note: 'detailKindNote',
};
/** What the agent logs by hand; messages, emails and forms are logged by what sent them. */
const ownKinds: Kind[] = ['call', 'note', 'search', 'cma'];
const formFields = ['kind', 'occurredAt', 'summary', 'body'];

/** Today as `yyyy-mm-dd` in the agent's time zone, for the date input. */
function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** The communication log with a filter by kind, and the agent's own entries. */
export class DetailLog {
  readonly #host: DetailHost;
  readonly log: ApiCall<CommunicationList>;
  #filter: Kind | '' = '';
  #saving = false;
  #saved = false;
  #error: FormError;

  constructor(host: DetailHost) {
    this.#host = host;
    this.log = new ApiCall(host, {
      task: (api, signal) =>
        api.request<CommunicationList>(`${host.clientPath}/communications?limit=100`, { signal }),
      dependencies: () => host.loadDependencies(),
    });
  }

  async #add(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const value = (name: string) =>
      (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value;
    const date = value('occurredAt');
    const details = value('body').trim();
    const body: CreateCommunicationRequest = {
      kind: value('kind') as Kind,
      summary: value('summary'),
      // Midday local time, so the day shown is the day picked in every time zone nearby.
      ...(date && { occurredAt: new Date(`${date}T12:00:00`).toISOString() }),
      ...(details && { body: details }),
    };
    this.#saving = true;
    this.#saved = false;
    this.#error = undefined;
    this.#host.requestUpdate();
    try {
      await this.#host.client.request(`${this.#host.clientPath}/communications`, {
        method: 'POST',
        body,
      });
      (form.elements.namedItem('summary') as HTMLInputElement).value = '';
      (form.elements.namedItem('body') as HTMLTextAreaElement).value = '';
      this.#saved = true;
      await this.log.run();
    } catch (error) {
      this.#error = this.#host.report(error);
    } finally {
      this.#saving = false;
      this.#host.requestUpdate();
    }
  }

  #changed = (): void => {
    this.#saved = false;
    this.#error = undefined;
    this.#host.requestUpdate();
  };

  #entry(entry: CommunicationEntry) {
    return html`<li part="log-entry" data-kind=${entry.kind}>
      <span class="muted"
        ><span class="badge">${message(this.#host, kindLabels[entry.kind])}</span>
        ${formatDate(this.#host, entry.occurredAt)}</span
      >
      <span>${entry.summary}</span>
      ${entry.body ? html`<span class="muted body">${entry.body}</span>` : nothing}
    </li>`;
  }

  #field(name: string, label: PlainMessageKey, control: (id: string) => unknown) {
    const id = `log-${name}`;
    return html`<label for=${id}>${message(this.#host, label)} ${control(id)}</label>
      ${fieldErrorTemplate(this.#error, name, `${id}-error`)}`;
  }

  #aria(name: string) {
    return {
      invalid: this.#error?.field === name ? 'true' : 'false',
      describedBy: describedBy(this.#error, name, `log-${name}-error`),
    };
  }

  render() {
    const host = this.#host;
    const shown = (entries: CommunicationEntry[]) =>
      entries.filter((entry) => !this.#filter || entry.kind === this.#filter);
    const summary = this.#aria('summary');
    const date = this.#aria('occurredAt');
    const details = this.#aria('body');
    return html`<section class="card" part="log" aria-labelledby="log-title">
      <div class="heading">
        <h3 id="log-title">${message(host, 'detailLog')}</h3>
        <label class="inline"
          >${message(host, 'detailLogFilter')}
          <select
            name="filter"
            @change=${(event: Event) => {
              this.#filter = (event.target as HTMLSelectElement).value as Kind | '';
              host.requestUpdate();
            }}
          >
            <option value="">${message(host, 'detailAllKinds')}</option>
            ${Object.entries(kindLabels).map(
              ([kind, label]) =>
                html`<option value=${kind} ?selected=${kind === this.#filter}>
                  ${message(host, label)}
                </option>`,
            )}
          </select>
        </label>
      </div>
      ${this.log.render({
        complete: (page) => {
          const entries = shown(page.items);
          if (entries.length)
            return html`<ul class="items" aria-labelledby="log-title">
              ${entries.map((entry) => this.#entry(entry))}
            </ul>`;
          return html`<p class="empty">
            ${message(host, page.items.length ? 'detailLogNoMatch' : 'detailLogEmpty')}
          </p>`;
        },
      })}
      <form
        class="stack log-form"
        aria-labelledby="log-add-title"
        @submit=${(event: SubmitEvent) => void this.#add(event)}
        @input=${this.#changed}
      >
        <h4 id="log-add-title">${message(host, 'detailLogAdd')}</h4>
        <div class="row">
          ${this.#field(
            'kind',
            'detailLogKind',
            (id) =>
              html`<select id=${id} name="kind">
                ${ownKinds.map(
                  (kind) => html`<option value=${kind}>${message(host, kindLabels[kind])}</option>`,
                )}
              </select>`,
          )}
          ${this.#field(
            'occurredAt',
            'detailLogDate',
            (id) =>
              html`<input
                id=${id}
                name="occurredAt"
                type="date"
                .value=${today()}
                aria-invalid=${date.invalid}
                aria-describedby=${date.describedBy}
              />`,
          )}
        </div>
        ${this.#field(
          'summary',
          'detailLogSummary',
          (id) =>
            html`<input
              id=${id}
              name="summary"
              required
              maxlength="500"
              aria-invalid=${summary.invalid}
              aria-describedby=${summary.describedBy}
            />`,
        )}
        ${this.#field(
          'body',
          'detailLogDetails',
          (id) =>
            html`<textarea
              id=${id}
              name="body"
              rows="2"
              aria-invalid=${details.invalid}
              aria-describedby=${details.describedBy}
            ></textarea>`,
        )}
        <p class="hint">${message(host, 'detailLogPrivate')}</p>
        ${formErrorTemplate(this.#error, formFields)}
        <div class="row">
          <button class="primary" type="submit" ?disabled=${this.#saving}>
            ${message(host, 'detailLogSave')}
          </button>
          <span role="status">${this.#saved ? message(host, 'detailLogSaved') : nothing}</span>
        </div>
      </form>
    </section>`;
  }
}
