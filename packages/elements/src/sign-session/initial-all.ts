import { html, nothing } from 'lit';
import type { ReactiveControllerHost } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import type {
  ApiClient,
  FieldValue,
  InitialAllOutcome,
  InitialAllRequest,
  PartyField,
  PartyView,
  SignportApiError,
} from '@signport/core/client';
import type { SignportSaveEvent } from '../events/signport-save.js';
import { message } from '../base/messages.js';
import { typedSignaturePng } from './typed-signature.js';
import './initial-all.messages.js';

type Host = ReactiveControllerHost &
  HTMLElement & {
    readonly client: ApiClient;
    report(cause: unknown): SignportApiError;
    emit(name: 'signport-save', detail: SignportSaveEvent['detail']): unknown;
  };

/**
 * "Initial all": for a party with initials fields (say, on every page), asks for the initials once
 * (or takes the ones already drawn or typed), confirms once, and fills every initials field of theirs
 * through `POST /v1/party/initial-all`, which the audit trail records as `initialed_all`.
 */
export class InitialAll {
  error = '';
  busy = false;
  done = '';
  typed = '';
  readonly #host: Host;
  readonly #apply: (field: PartyField, png: string) => void;
  readonly #dialog = createRef<HTMLDialogElement>();
  #fields: PartyField[] = [];
  #drawn = '';

  constructor(host: Host, apply: (field: PartyField, png: string) => void) {
    this.#host = host;
    this.#apply = apply;
  }

  /** The button (when the party has initials fields to fill) and its confirmation dialog. */
  render(view: PartyView, values: ReadonlyMap<string, FieldValue>) {
    const fields = view.fields.filter((field) => field.type === 'initials' && !field.locked);
    if (fields.length === 0) return nothing;
    const host = this.#host;
    const count = this.#fields.length;
    return html`<button
        type="button"
        part="button initial-all"
        aria-haspopup="dialog"
        @click=${() => this.#open(view, fields, values)}
      >
        ${message(host, 'initialAll', { count: fields.length })}
      </button>
      <span part="initial-all-status" role="status">${this.done}</span>
      <dialog
        ${ref(this.#dialog)}
        part="dialog initial-all-dialog"
        class="dialog"
        aria-labelledby="initial-all-title"
      >
        <form @submit=${this.#onSubmit} novalidate>
          <h2 id="initial-all-title">${message(host, 'initialAllTitle')}</h2>
          ${
            this.#drawn
              ? html`<p>${message(host, 'initialAllUseDrawn')}</p>
                <img part="initial-all-preview" src=${this.#drawn} alt=${this.typed} height="48" />`
              : html`<label class="stack"
                >${message(host, 'initialAllTyped')}
                <input
                  part="input"
                  name="initials"
                  autocomplete="off"
                  .value=${this.typed}
                  @input=${(event: Event) => {
                    this.typed = (event.target as HTMLInputElement).value;
                  }}
                />
              </label>`
          }
          <p>${message(host, 'initialAllConfirm', { count })}</p>
          ${this.error ? html`<p part="error" role="alert">${this.error}</p>` : nothing}
          <div class="row end">
            <button type="button" part="button" @click=${() => this.#dialog.value?.close()}>
              ${message(host, 'cancel')}
            </button>
            <button type="submit" part="button button-primary" ?disabled=${this.busy}>
              ${message(host, 'initialAllApply')}
            </button>
          </div>
        </form>
      </dialog>`;
  }

  #open(view: PartyView, fields: PartyField[], values: ReadonlyMap<string, FieldValue>): void {
    this.#fields = fields;
    // Initials already drawn or typed on one field are the ones to repeat.
    const drawn = fields.map((field) => values.get(field.id)).find((value) => !!value);
    this.#drawn = typeof drawn === 'string' ? drawn : '';
    this.typed = initialsOf(view.party.name);
    this.error = '';
    this.done = '';
    this.#host.requestUpdate();
    this.#dialog.value?.showModal();
  }

  #onSubmit = async (event: Event) => {
    event.preventDefault();
    const ink =
      getComputedStyle(this.#host).getPropertyValue('--_signature-color').trim() || '#0b1f4b';
    const initials =
      this.#drawn || (this.typed.trim() && typedSignaturePng(this.typed.trim(), ink));
    if (!initials) {
      this.error = message(this.#host, 'initialAllEmpty');
      return this.#host.requestUpdate();
    }
    this.busy = true;
    this.#host.requestUpdate();
    try {
      const body: InitialAllRequest = { initials, confirm: true };
      const outcome = await this.#host.client.request<InitialAllOutcome>('/v1/party/initial-all', {
        body,
      });
      for (const field of this.#fields) {
        if (outcome.fieldIds.includes(field.id)) this.#apply(field, initials);
      }
      this.done = message(this.#host, 'initialAllDone', { count: outcome.fieldIds.length });
      this.#host.emit('signport-save', { savedAt: outcome.savedAt, fieldIds: outcome.fieldIds });
      this.#dialog.value?.close();
    } catch (error) {
      this.error = this.#host.report(error).message;
    } finally {
      this.busy = false;
      this.#host.requestUpdate();
    }
  };
}

/** "Zoë Brontë" → "ZB". */
function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .map((part) => part.charAt(0))
    .join('');
}
