import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import type { PartyField } from '@signport/core/client';
import { isPngDataUrl } from '@signport/core/rules';
import { SignatureCapture } from './signature-capture.js';
import { cssProperties } from '../base/css-properties.js';
import { SCRIPT_FONT_STACK, typedSignaturePng } from './typed-signature.js';
import { message } from '../base/messages.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The modal panel where a party draws (signature_pad) or types their signature or initials. A modal
 * `<dialog>` keeps keyboard focus inside and closes on Escape; typing is the keyboard-only way to sign.
 */
export class SignatureDialog implements ReactiveController {
  field: PartyField | undefined;
  mode: 'draw' | 'type' = 'draw';
  typed = '';
  error = '';
  readonly #host: Host;
  readonly #apply: (field: PartyField, png: string) => void;
  readonly #dialog = createRef<HTMLDialogElement>();
  readonly #canvas = createRef<HTMLCanvasElement>();
  #capture: SignatureCapture | undefined;

  constructor(host: Host, apply: (field: PartyField, png: string) => void) {
    this.#host = host;
    this.#apply = apply;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#capture?.destroy();
    this.#capture = undefined;
  }

  /** Opens for `field`, with `suggestion` (the party's name or initials) ready to type. */
  async open(field: PartyField, suggestion: string): Promise<void> {
    Object.assign(this, { field, typed: suggestion, error: '', mode: 'draw' });
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#dialog.value?.showModal();
    const canvas = this.#canvas.value;
    if (canvas && !this.#capture)
      this.#capture = new SignatureCapture(canvas, this.#ink(), () => this.#setError(''));
    this.#capture?.clear();
  }

  /** The themed ink colour (`--signport-signature-color`). */
  #ink(): string {
    return getComputedStyle(this.#host).getPropertyValue('--_signature-color').trim() || '#0b1f4b';
  }

  #close(): void {
    this.#dialog.value?.close();
  }

  #onClose = () => {
    const field = this.field;
    this.field = undefined;
    this.#host.requestUpdate();
    // Back to the field that opened the dialog, for keyboard and screen-reader users.
    if (field) this.#host.shadowRoot?.getElementById(`field-${field.id}`)?.focus();
  };

  #setError(error: string): void {
    this.error = error;
    this.#host.requestUpdate();
  }

  #setMode(mode: 'draw' | 'type'): void {
    this.mode = mode;
    this.error = '';
    this.#host.requestUpdate();
  }

  #onTyped = (event: Event) => {
    this.typed = (event.target as HTMLInputElement).value;
    this.#host.requestUpdate();
  };

  #onApply = () => {
    const field = this.field;
    if (!field) return;
    const png =
      this.mode === 'draw'
        ? this.#capture && !this.#capture.isEmpty()
          ? this.#capture.toPng()
          : ''
        : this.typed.trim()
          ? typedSignaturePng(this.typed.trim(), this.#ink())
          : '';
    if (!png) return this.#setError(message(this.#host, 'emptySignature'));
    if (!isPngDataUrl(png)) return this.#setError(message(this.#host, 'signatureTooLarge'));
    this.#apply(field, png);
    this.#close();
  };

  render() {
    const host = this.#host;
    const title = message(
      host,
      this.field?.type === 'initials' ? 'initialsTitle' : 'signatureTitle',
    );
    const tab = (mode: 'draw' | 'type') =>
      html`<button
        type="button"
        part="button tab"
        aria-pressed=${this.mode === mode ? 'true' : 'false'}
        @click=${() => this.#setMode(mode)}
      >
        ${message(host, mode)}
      </button>`;
    return html`<dialog
      ${ref(this.#dialog)}
      part="dialog signature-dialog"
      class="dialog"
      aria-labelledby="signature-title"
      @close=${this.#onClose}
    >
      <h2 id="signature-title">
        ${title}${this.field ? html` <small>${this.field.name}</small>` : nothing}
      </h2>
      <div class="tabs">${tab('draw')}${tab('type')}</div>
      <div ?hidden=${this.mode !== 'draw'}>
        <p id="draw-hint" class="hint">${message(host, 'drawHint')}</p>
        <canvas
          ${ref(this.#canvas)}
          part="canvas"
          class="pad"
          aria-describedby="draw-hint"
        ></canvas>
        <div class="row">
          <button type="button" part="button" @click=${() => this.#capture?.undo()}>
            ${message(host, 'undo')}
          </button>
          <button type="button" part="button" @click=${() => this.#capture?.clear()}>
            ${message(host, 'clear')}
          </button>
        </div>
      </div>
      <div ?hidden=${this.mode !== 'type'}>
        <label class="stack"
          >${message(host, 'typeLabel')}
          <input
            part="input"
            id="typed-signature"
            autocomplete="name"
            .value=${this.typed}
            @input=${this.#onTyped}
          />
        </label>
        <p
          part="typed-preview"
          class="typed"
          aria-hidden="true"
          ${cssProperties({ 'font-family': SCRIPT_FONT_STACK })}
        >
          ${this.typed}
        </p>
      </div>
      ${this.error ? html`<p part="error" role="alert">${this.error}</p>` : nothing}
      <div class="row end">
        <button type="button" part="button" @click=${() => this.#close()}>
          ${message(host, 'cancel')}
        </button>
        <button type="button" part="button button-primary" @click=${this.#onApply}>
          ${message(host, 'apply')}
        </button>
      </div>
    </dialog>`;
  }
}
