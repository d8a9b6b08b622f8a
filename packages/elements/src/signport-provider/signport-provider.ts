import { provide } from '@lit/context';
import { html, LitElement } from 'lit';
import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { TokenProvider } from '@signport/core/client';
import { signportContext } from '../base/signport-context.js';
import type { SignportConfig } from '../base/signport-context.js';
import { providerStyles } from './signport-provider.styles.js';

/**
 * @summary Shares the server address and the embed token with every Signport element inside it.
 *
 * @slot - The Signport elements (and any other content) that use this configuration.
 *
 * @example
 * <signport-provider api="https://sign.example.com" token="eyJ…">
 *   <sender-picker></sender-picker>
 * </signport-provider>
 */
export class SignportProvider extends LitElement {
  static override styles = providerStyles;

  /** Base URL of the Signport server, e.g. `https://sign.example.com`. */
  @property() api?: string;

  /** Embed token minted by the host's backend. */
  @property() token?: string;

  /** Returns a current embed token; asked before every request. Takes precedence over `token`. */
  @property({ attribute: false }) tokenProvider?: TokenProvider;

  @provide({ context: signportContext })
  protected config?: SignportConfig;

  override connectedCallback(): void {
    // Shared before the first render so elements inside never start a call without it.
    this.config = this.#snapshot();
    super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') || changed.has('token') || changed.has('tokenProvider'))
      this.config = this.#snapshot();
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  #snapshot(): SignportConfig {
    return { api: this.api, token: this.token, tokenProvider: this.tokenProvider };
  }
}

if (!customElements.get('signport-provider'))
  customElements.define('signport-provider', SignportProvider);

declare global {
  interface HTMLElementTagNameMap {
    'signport-provider': SignportProvider;
  }
}
