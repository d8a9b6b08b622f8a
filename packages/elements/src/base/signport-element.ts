import { LitElement } from 'lit';
import type { CSSResultGroup, PropertyDeclarations } from 'lit';
import { ApiClient, SignportApiError } from '@signport/core/client';
import type { TokenProvider } from '@signport/core/client';
import type {
  SignportEventDetail,
  SignportEventMap,
  SignportEventName,
} from '../events/event-map.js';
import { baseStyles } from '../styles/index.js';
import { consumeContext } from './context.js';
import { message } from './messages.js';
import { signportContext } from './signport-context.js';
import type { SignportConfig } from './signport-context.js';

/**
 * What every Signport element shares: its API client (from its own attributes or the nearest
 * `<signport-provider>`), typed `signport-*` events, page isolation and design tokens.
 *
 * @event {SignportReadyEvent} signport-ready - Fired once, when what the element shows has loaded.
 * @event {SignportErrorEvent} signport-error - An API call failed; `detail` is `{ code, message, field }` from the server.
 *
 * @csspart status - The loading indicator (`role="status"`, `aria-busy="true"`).
 * @csspart error - The error message (`role="alert"`), showing the server's message.
 *
 * @cssprop [--signport-font-family=system-ui, sans-serif] - Font family; the system's UI font by default, whatever the page's.
 * @cssprop [--signport-font-size=inherit] - Base font size; the page's by default.
 * @cssprop [--signport-line-height=1.5] - Line height of text.
 * @cssprop [--signport-color-text=inherit] - Text colour; the page's by default.
 * @cssprop [--signport-color-text-muted=#4b5563] - Secondary text, such as the loading message.
 * @cssprop [--signport-color-surface=#ffffff] - Background of inputs, cards and menus.
 * @cssprop [--signport-color-border=#6b7280] - Borders of inputs and cards.
 * @cssprop [--signport-color-primary=#1d4ed8] - Primary buttons, links and selection.
 * @cssprop [--signport-color-on-primary=#ffffff] - Text on the primary colour.
 * @cssprop [--signport-color-error=#b91c1c] - Error text and borders.
 * @cssprop [--signport-color-error-surface=#fef2f2] - Background of error messages.
 * @cssprop [--signport-radius=0.375rem] - Corner radius of inputs, buttons and messages.
 * @cssprop [--signport-spacing=0.5rem] - Base spacing unit; gaps and paddings are multiples of it.
 * @cssprop [--signport-focus-ring-color=var(--signport-color-primary)] - Colour of the keyboard focus outline.
 * @cssprop [--signport-focus-ring-width=2px] - Width of the keyboard focus outline.
 */
export class SignportElement extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  // Declared without decorators: their runtime is half a kilobyte in every element's bundle.
  static override properties: PropertyDeclarations = {
    api: {},
    token: {},
    tokenProvider: { attribute: false },
    provided: { state: true },
  };

  /** Base URL of the Signport server, e.g. `https://sign.example.com`; overrides the provider's. */
  api?: string;

  /** Embed token minted by the host's backend; overrides the provider's. */
  token?: string;

  /**
   * Returns a current embed token; asked before every request so the host can refresh it. Takes
   * precedence over `token` and over the provider's settings.
   */
  tokenProvider?: TokenProvider;

  /** The settings of the nearest `<signport-provider>`, if any. */
  protected provided?: SignportConfig;

  #client: ApiClient | undefined;
  #clientUrl: string | undefined;

  constructor() {
    super();
    consumeContext(this, signportContext, (config) => (this.provided = config));
  }

  /** The server address in effect: this element's `api`, else its provider's. */
  protected get apiUrl(): string | undefined {
    return this.api || this.provided?.api;
  }

  /**
   * The API client in effect; throws a `not_configured` error when no server address is known.
   * @internal
   */
  get client(): ApiClient {
    const baseUrl = this.apiUrl;
    if (!baseUrl)
      throw new SignportApiError(0, {
        code: 'not_configured',
        message: message(this, 'notConfigured'),
      });
    if (!this.#client || this.#clientUrl !== baseUrl) {
      // The token is read at each request, so later changes to token or provider apply at once.
      this.#client = new ApiClient({
        baseUrl,
        token: () => this.#currentToken(),
        // Refusals in the element's own language (set by the host, or the party's stored one);
        // without one the browser's preference goes, which the server may store as the party's.
        language: () => this.lang || undefined,
      });
      this.#clientUrl = baseUrl;
    }
    return this.#client;
  }

  /**
   * The token in effect. Own settings win over the provider's; at each level a token provider wins
   * over a fixed token.
   */
  #currentToken(): ReturnType<TokenProvider> {
    const settings = this.tokenProvider || this.token ? this : this.provided;
    return settings?.tokenProvider ? settings.tokenProvider() : settings?.token;
  }

  /**
   * The one path of a failed call: what is not a refusal from the API is a bug (its details go to the
   * console for the developer, a plain sentence to the user), and either way `signport-error` tells
   * the page. Returns the refusal for the element to show.
   * @internal
   */
  report(cause: unknown): SignportApiError {
    const error =
      cause instanceof SignportApiError
        ? cause.code === 'network_error'
          ? // No server answered, so no server words: say it in the page's language.
            new SignportApiError(0, { code: cause.code, message: message(this, 'networkError') })
          : cause
        : (console.error(cause),
          new SignportApiError(0, {
            code: 'unexpected_error',
            message: message(this, 'unexpectedError'),
          }));
    this.emit('signport-error', { code: error.code, message: error.message, field: error.field });
    return error;
  }

  /**
   * Dispatches a typed `signport-*` event that bubbles out of shadow roots to the host page.
   * @internal
   */
  emit<Name extends SignportEventName>(
    name: Name,
    detail: SignportEventDetail<Name>,
    { cancelable = false } = {},
  ): SignportEventMap[Name] {
    const event = new CustomEvent(name, {
      bubbles: true,
      composed: true,
      cancelable,
      detail,
    }) as SignportEventMap[Name];
    this.dispatchEvent(event);
    return event;
  }
}
