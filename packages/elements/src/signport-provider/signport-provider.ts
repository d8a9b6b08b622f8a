import type { TokenProvider } from '@signport/core/client';
import { define } from '../base/define.js';
import { provideContext } from '../base/context.js';
import { signportContext } from '../base/signport-context.js';
import type { SignportConfig } from '../base/signport-context.js';

/**
 * @summary Shares the server address and the embed token with every Signport element inside it.
 *
 * A plain custom element, not a Lit one: it renders nothing, so its own file stays under a
 * kilobyte and a page with one element pays that much, not a second copy of Lit, to use it.
 *
 * @slot - The Signport elements (and any other content) that use this configuration.
 *
 * @example
 * <signport-provider api="https://sign.example.com" token="eyJ…">
 *   <sender-picker></sender-picker>
 * </signport-provider>
 */
export class SignportProvider extends HTMLElement {
  static observedAttributes = ['api', 'token'];

  #tokenProvider?: TokenProvider;
  #config = this.#snapshot();
  readonly #share = provideContext(this, signportContext, () => this.#config);

  constructor() {
    super();
    // A token provider the page set before this element was upgraded sits on the instance itself.
    if (Object.hasOwn(this, 'tokenProvider')) {
      const early = (this as { tokenProvider?: TokenProvider }).tokenProvider;
      delete (this as { tokenProvider?: TokenProvider }).tokenProvider;
      this.tokenProvider = early;
    }
  }

  /** Base URL of the Signport server, e.g. `https://sign.example.com`. */
  get api(): string | undefined {
    return this.getAttribute('api') ?? undefined;
  }

  set api(value: string | undefined) {
    this.#reflect('api', value);
  }

  /** Embed token minted by the host's backend. */
  get token(): string | undefined {
    return this.getAttribute('token') ?? undefined;
  }

  set token(value: string | undefined) {
    this.#reflect('token', value);
  }

  /** Returns a current embed token; asked before every request. Takes precedence over `token`. */
  get tokenProvider(): TokenProvider | undefined {
    return this.#tokenProvider;
  }

  set tokenProvider(value: TokenProvider | undefined) {
    this.#tokenProvider = value;
    this.#changed();
  }

  connectedCallback(): void {
    // It adds no box of its own to the page's layout.
    this.style.display = 'contents';
  }

  attributeChangedCallback(): void {
    this.#changed();
  }

  #changed(): void {
    this.#config = this.#snapshot();
    this.#share();
  }

  #reflect(name: string, value: string | undefined): void {
    if (value == null) this.removeAttribute(name);
    else this.setAttribute(name, value);
  }

  #snapshot(): SignportConfig {
    return { api: this.api, token: this.token, tokenProvider: this.#tokenProvider };
  }
}

define('signport-provider', SignportProvider);

declare global {
  interface HTMLElementTagNameMap {
    'signport-provider': SignportProvider;
  }
}
