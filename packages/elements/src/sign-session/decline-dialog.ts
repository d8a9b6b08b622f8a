import { html, nothing } from 'lit';
import type { ReactiveControllerHost } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { message } from '../base/messages.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Asks for a reason and confirmation before declining; `decline` resolves with an error message or nothing. */
export class DeclineDialog {
  error = '';
  busy = false;
  readonly #host: Host;
  readonly #decline: (reason: string) => Promise<string | undefined>;
  readonly #dialog = createRef<HTMLDialogElement>();
  readonly #reason = createRef<HTMLTextAreaElement>();

  constructor(host: Host, decline: (reason: string) => Promise<string | undefined>) {
    this.#host = host;
    this.#decline = decline;
  }

  open(): void {
    this.error = '';
    this.#host.requestUpdate();
    this.#dialog.value?.showModal();
  }

  #onSubmit = async (event: Event) => {
    event.preventDefault();
    const reason = this.#reason.value?.value.trim() ?? '';
    if (!reason) {
      this.error = message(this.#host, 'declineReason');
      this.#host.requestUpdate();
      return this.#reason.value?.focus();
    }
    this.busy = true;
    this.#host.requestUpdate();
    this.error = (await this.#decline(reason)) ?? '';
    this.busy = false;
    if (!this.error) this.#dialog.value?.close();
    this.#host.requestUpdate();
  };

  render() {
    const host = this.#host;
    return html`<dialog
      ${ref(this.#dialog)}
      part="dialog decline-dialog"
      class="dialog"
      aria-labelledby="decline-title"
    >
      <form @submit=${this.#onSubmit} novalidate>
        <h2 id="decline-title">${message(host, 'declineTitle')}</h2>
        <label class="stack"
          >${message(host, 'declineReason')}
          <textarea
            ${ref(this.#reason)}
            part="input"
            name="reason"
            rows="3"
            maxlength="1000"
            required
            aria-invalid=${this.error ? 'true' : 'false'}
            aria-describedby=${this.error ? 'decline-error' : nothing}
          ></textarea>
        </label>
        ${this.error ? html`<p id="decline-error" part="error" role="alert">${this.error}</p>` : nothing}
        <div class="row end">
          <button type="button" part="button" @click=${() => this.#dialog.value?.close()}>
            ${message(host, 'cancel')}
          </button>
          <button part="button button-danger" ?disabled=${this.busy}>
            ${message(host, 'declineConfirm')}
          </button>
        </div>
      </form>
    </dialog>`;
  }
}
