import { html, LitElement, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import type { DelegationScope, SenderChoice, SenderChoices } from '@signport/core/client';
import { define } from '../base/define.js';
import { ApiCall } from '../base/api-call.js';
import { SignportElement } from '../base/signport-element.js';
import { errorTemplate } from '../base/status-templates.js';
import { message } from '../base/messages.js';
import './sender-picker.messages.js';
import { senderPickerStyles } from './sender-picker.styles.js';

/**
 * @summary "Send on behalf of": the logged-in user (chosen by default) and every principal they act
 * for. Its value, submitted with a host `<form>` under its `name`, is the saved sender's id.
 *
 * @event {SignportSenderChangeEvent} signport-sender-change - A sender was saved; `detail` is `{ sender: { id, name, email } }`.
 * @event {SignportErrorEvent} signport-error - Loading the senders failed; `detail` is the server's `{ code, message, field }`.
 *
 * @csspart group - The list of senders (`role="radiogroup"`); `title` is its heading.
 * @csspart option - One sender; also `option-checked` when chosen. `option-email` is its email.
 * @csspart hint - Shown when the user acts for nobody else.
 * @csspart current - "Sender: …", the saved sender.
 * @csspart actions - The row of buttons; `save-button`, `cancel-button`, `open-button`, `retry-button`.
 * @csspart dialog - The dialog of `mode="dialog"`.
 *
 * @example
 * <form>
 *   <sender-picker name="senderId" api="https://sign.example.com" token="eyJ…"></sender-picker>
 * </form>
 */
export class SenderPicker extends SignportElement {
  static formAssociated = true;
  static override styles = [SignportElement.styles, senderPickerStyles];
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  // Without decorators, whose runtime would cost half a kilobyte of the 10 KB budget.
  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    mode: { reflect: true },
    scope: {},
    required: { type: Boolean, reflect: true },
    saved: { state: true },
    checked: { state: true },
  };

  /** The form field name the sender id is submitted under. */
  name = '';

  /** `list` shows the senders in place; `dialog` shows the sender and a button that opens them. */
  mode: 'list' | 'dialog' = 'list';

  /** Only offer principals who granted this scope, e.g. `send` when composing a session. */
  scope?: DelegationScope;

  /** Makes the form invalid while no sender is known (loading or failed). */
  required = false;

  readonly senders = new ApiCall<SenderChoice[]>(this, {
    task: async (api, signal) => {
      const query = this.scope ? `?scope=${encodeURIComponent(this.scope)}` : '';
      return (await api.request<SenderChoices>(`/v1/me/senders${query}`, { signal })).senders;
    },
    dependencies: () => [this.apiUrl, this.scope],
    announcesReady: true,
  });

  /** The saved sender: only ever one the server listed. */
  private saved?: string;
  /** The option checked in the list, saved or not. */
  private checked?: string;

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  readonly #internals = this.attachInternals();
  /** A sender asked for before the list arrived (`value` or a restored form); kept only if listed. */
  #wanted?: string;
  #reconciled?: SenderChoice[];

  /** The saved sender's id; empty until the senders are loaded. Setting an id not listed is ignored. */
  get value(): string {
    return this.saved ?? '';
  }

  set value(id: string) {
    if (this.senders.status === 'complete') {
      if (this.#find(id)) this.saved = this.checked = id;
    } else {
      this.#wanted = id;
    }
  }

  /** The saved sender, as the server described them. */
  get sender(): SenderChoice['user'] | undefined {
    return this.#find(this.saved)?.user;
  }

  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  get validity(): ValidityState {
    return this.#internals.validity;
  }

  get validationMessage(): string {
    return this.#internals.validationMessage;
  }

  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.#internals.reportValidity();
  }

  /** @internal */
  formResetCallback(): void {
    this.#wanted = undefined;
    this.saved = this.checked = this.#self()?.user.id;
  }

  /** @internal */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const list = this.senders.status === 'complete' ? this.senders.value : undefined;
    if (list && list !== this.#reconciled) {
      this.#reconciled = list;
      // Keep what was asked for or saved only while the server still lists it; else fall back to self.
      const keep = [this.#wanted, this.saved].find((id) => this.#find(id));
      this.saved = this.checked = keep ?? this.#self()?.user.id;
      this.#wanted = undefined;
    } else if (!list && this.senders.status !== 'pending') {
      this.saved = this.checked = undefined;
    }
  }

  protected override updated(): void {
    // The radios' checked state is the DOM's: a click changes it before any render, so a binding
    // would keep a stale value. Set it from `checked` after each render instead.
    for (const radio of this.renderRoot.querySelectorAll('input'))
      radio.checked = radio.value === this.checked;
    const value = this.value;
    this.#internals.setFormValue(value || null, value);
    // With no flag set the message is ignored: the picker is valid.
    this.#internals.setValidity(
      { valueMissing: this.required && !value },
      message(this, 'senderPickerRequired'),
    );
  }

  protected override render() {
    return this.senders.render({
      complete: (senders) => (this.mode === 'dialog' ? this.#dialog(senders) : this.#list(senders)),
      error: (error) =>
        html`${errorTemplate(error)}
          <div part="actions">
            <button type="button" part="retry-button" @click=${() => void this.senders.run()}>
              ${message(this, 'senderPickerRetry')}
            </button>
          </div>`,
    });
  }

  #list(senders: SenderChoice[]) {
    return html`${this.#options(senders)}
      <div part="actions">
        <button type="button" part="save-button button-primary" @click=${this.#save}>
          ${message(this, 'senderPickerSave')}
        </button>
      </div>
      ${this.#current()}`;
  }

  #dialog(senders: SenderChoice[]) {
    return html`${this.#current()}
      <div part="actions">
        <button
          type="button"
          part="open-button"
          aria-haspopup="dialog"
          @click=${() => this.dialog?.showModal()}
        >
          ${message(this, 'senderPickerChange')}
        </button>
      </div>
      <dialog part="dialog" aria-labelledby="title" @close=${this.#discard}>
        ${this.#options(senders)}
        <div part="actions">
          <button type="button" part="save-button button-primary" @click=${this.#save}>
            ${message(this, 'senderPickerSave')}
          </button>
          <button type="button" part="cancel-button" @click=${this.#cancel}>
            ${message(this, 'senderPickerCancel')}
          </button>
        </div>
      </dialog>`;
  }

  #options(senders: SenderChoice[]) {
    return html`<div part="group" role="radiogroup" aria-labelledby="title">
        <h2 part="title" id="title">${message(this, 'senderPickerTitle')}</h2>
        ${senders.map(({ user, self }) => {
          const checked = user.id === this.checked;
          return html`<label part=${checked ? 'option option-checked' : 'option'}>
            <input
              type="radio"
              name="sender"
              .value=${user.id}
              @change=${() => (this.checked = user.id)}
            />
            <span
              >${user.name} ${self ? message(this, 'senderPickerYou') : nothing}
              <span part="option-email">${user.email}</span></span
            >
          </label>`;
        })}
      </div>
      ${
        senders.length < 2
          ? html`<p part="hint">${message(this, 'senderPickerNoPrincipals')}</p>`
          : nothing
      }`;
  }

  #current() {
    const sender = this.sender;
    return sender
      ? html`<p part="current" role="status">${message(this, 'senderPickerCurrent', { name: sender.name })}</p>`
      : nothing;
  }

  #save = (): void => {
    const choice = this.#find(this.checked);
    if (!choice) return;
    this.saved = choice.user.id;
    this.dialog?.close();
    const { id, name, email } = choice.user;
    this.emit('signport-sender-change', { sender: { id, name, email } });
  };

  /** Closing the dialog without saving leaves the saved sender checked again. */
  #discard = (): void => {
    this.checked = this.saved;
  };

  #cancel = (): void => {
    this.#discard();
    this.dialog?.close();
  };

  #find(id: string | undefined): SenderChoice | undefined {
    return id === undefined ? undefined : this.senders.value?.find((s) => s.user.id === id);
  }

  #self(): SenderChoice | undefined {
    return this.senders.value?.find((s) => s.self);
  }
}

define('sender-picker', SenderPicker);

declare global {
  interface HTMLElementTagNameMap {
    'sender-picker': SenderPicker;
  }
}
