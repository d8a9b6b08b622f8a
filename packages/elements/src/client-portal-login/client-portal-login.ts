import { html, nothing, render } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { SignportApiError } from '@signport/core/client';
import type { PortalTokens } from '@signport/core/client';
import {
  PORTAL_PASSWORD_MAX_LENGTH,
  PORTAL_PASSWORD_MIN_LENGTH,
  PORTAL_SIGN_IN_LINK_PREFIX,
} from '@signport/core/rules';
import { define } from '../base/define.js';
import { provideContext } from '../base/context.js';
import { langAt, message } from '../base/messages.js';
import type { PlainMessageKey } from '../base/messages.js';
import { SignportElement } from '../base/signport-element.js';
import { loginFormStyles } from './client-portal-login.styles.js';
import { passwordStrength } from './password-strength.js';
import { PortalSession, portalSessionContext } from './portal-session.js';
import './client-portal-login.messages.js';

type Mode = 'sign-in' | 'forgot' | 'link' | 'reset' | 'activate';
type Field = 'username' | 'password';
/** Messages by field; the empty key is the form's own alert. */
type Errors = Partial<Record<Field | '', string>>;

let instances = 0;

/** A link token that sets a password, rather than an emailed sign-in link's. */
const isSetPasswordLink = (token?: string) =>
  Boolean(token) && !token!.startsWith(PORTAL_SIGN_IN_LINK_PREFIX);

/**
 * @summary The client portal's sign-in: sign in (by password, or by an emailed link with
 * `magic-link`), forgotten password, reset from the emailed link and activation from the invitation,
 * with the inputs in the page's own DOM so browsers and password managers fill and save them. A page
 * load resumes the session from the server's HttpOnly cookie. Signed in, it shows its children (e.g.
 * `<client-portal>`) and shares the session with them.
 *
 * @example
 * <client-portal-login api="https://sign.example.com" account="acc_123">
 *   <client-portal></client-portal>
 * </client-portal-login>
 *
 * @slot - Shown once the client has signed in, e.g. a `<client-portal>`; it receives the session.
 * @slot form - Holds the sign-in form the element creates in the light DOM; leave it to the element.
 *
 * @event {SignportLoginEvent} signport-login - A client signed in or a page load resumed the session; `detail` is `{ client, session }` (no token in it).
 * @event {SignportLogoutEvent} signport-logout - The session ended; `detail` is `{ reason: 'signed_out' | 'expired' }`.
 * @event {SignportErrorEvent} signport-error - A call failed; `detail` is the server's `{ code, message, field }`.
 */
export class ClientPortalLogin extends SignportElement {
  // Declared here rather than with decorators, whose runtime would ship in every bundle.
  static override properties: PropertyDeclarations = {
    account: {},
    magicLink: { attribute: 'magic-link', type: Boolean },
    resetToken: { attribute: 'reset-token' },
    activationToken: { attribute: 'activation-token' },
    session: { state: true },
    mode: { state: true },
    busy: { state: true },
    errors: { state: true },
    notice: { state: true },
    newPassword: { state: true },
    reveal: { state: true },
    linkUsername: { state: true },
  };
  /** Id of the brokerage account whose clients sign in here. */
  account?: string;

  /** Offers "Email me a sign-in link" beside the password (needs the account's `portalUrl`). */
  magicLink = false;

  /** The token of an emailed password-reset link: the element asks for a new password. */
  resetToken?: string;

  /**
   * The token of an invitation link: the element asks the client to set their first password. An
   * emailed sign-in link's token (in either attribute) signs the client in at once.
   */
  activationToken?: string;

  /** The signed-in session, shared with the elements inside; `undefined` while signed out. */
  session?: PortalSession;

  private mode: Mode = 'sign-in';
  private busy = false;
  private errors: Errors = {};
  private notice?: PlainMessageKey;
  private newPassword = '';
  private reveal = false;
  /** The login a set-password link is for, given to password managers with the new password. */
  private linkUsername?: string;

  private readonly form = document.createElement('form');
  private readonly uid = `spl${++instances}`;

  private readonly shareSession = provideContext(this, portalSessionContext, () => this.session);

  override connectedCallback(): void {
    super.connectedCallback();
    const { form } = this;
    form.className = 'spl';
    form.slot = 'form';
    form.noValidate = true;
    form.onsubmit = (event) => {
      event.preventDefault();
      void this.submit();
    };
    this.append(form);
    // The form lives in the page's DOM, so its styles go to the document (or shadow root) around it.
    const root = this.getRootNode() as Document;
    const sheet = loginFormStyles.styleSheet!;
    if (!root.adoptedStyleSheets?.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  protected override firstUpdated(): void {
    void this.run(async (session) => {
      // Resuming from the refresh cookie also shows the server, on a first visit, whether this
      // browser keeps its cookies (so a sign-in then leaves the refresh token out of the body).
      const resumed = await session.portal.refresh().catch(() => undefined);
      const link = [this.activationToken, this.resetToken].find(
        (token) => token && !isSetPasswordLink(token),
      );
      if (link) await this.adopt(session, await session.portal.signInWithLink({ token: link }));
      else if (resumed && this.mode === 'sign-in') await this.adopt(session, resumed);
    })
      // Ready once the form, or the resumed portal, is on the page.
      .then(() => this.updateComplete)
      .then(() => this.emit('signport-ready', {}));
  }

  /** Ends the session, on the server too. */
  signOut(): Promise<void> | undefined {
    return this.session?.signOut();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('resetToken') && !changed.has('activationToken')) return;
    const mode = isSetPasswordLink(this.activationToken)
      ? 'activate'
      : isSetPasswordLink(this.resetToken)
        ? 'reset'
        : 'sign-in';
    this.switchTo(mode);
    this.linkUsername = undefined;
    if (mode !== 'sign-in') void this.describeLink();
  }

  /**
   * Learns whose password the link sets, for the form's hidden username field, and says at once when
   * the link can no longer be used; any other failure leaves the form as it is (saving reports it).
   */
  private async describeLink(): Promise<void> {
    const token = (this.mode === 'activate' ? this.activationToken : this.resetToken) ?? '';
    const { portal } = new PortalSession(this.client.baseUrl, this.account ?? '');
    const link = await portal
      .describeSetPasswordLink({ token })
      .catch((error: unknown) => (error instanceof SignportApiError ? error : undefined));
    if (token !== (this.mode === 'activate' ? this.activationToken : this.resetToken)) return;
    if (link instanceof SignportApiError) {
      if (link.status === 401) this.errors = { '': link.message };
    } else if (link) this.linkUsername = link.username;
  }

  protected override render() {
    return this.session ? html`<slot></slot>` : html`<slot name="form"></slot>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('session')) this.shareSession();
    render(this.session ? nothing : this.formTemplate(), this.form, { host: this });
  }

  private formTemplate() {
    const { mode, busy, errors, notice } = this;
    const setsPassword = mode === 'reset' || mode === 'activate';
    const asks = mode === 'forgot' || mode === 'link';
    const sent = notice === 'loginForgotSent' || notice === 'loginLinkSent';
    const link = (to: Mode, key: PlainMessageKey) =>
      html`<button type="button" class="spl-link" @click=${() => this.switchTo(to)}>
        ${message(this, key)}
      </button>`;
    return html`<h2>
        ${message(this, setsPassword ? 'loginNewTitle' : mode === 'forgot' ? 'loginForgotTitle' : 'loginTitle')}
      </h2>
      ${notice ? html`<p role="status">${message(this, notice)}</p>` : nothing}
      ${errors[''] ? html`<p role="alert">${errors['']}</p>` : nothing}
      ${setsPassword || sent ? nothing : this.field('username', 'loginUsername', 'username')}
      ${setsPassword && this.linkUsername ? html`<input type="text" name="username" autocomplete="username" value=${this.linkUsername} readonly hidden />` : nothing}
      ${mode === 'sign-in' ? this.field('password', 'loginPassword', 'current-password') : nothing}
      ${setsPassword ? this.field('password', 'loginNewPassword', 'new-password') : nothing}
      ${sent ? nothing : html`<button type="submit" ?disabled=${busy}>${message(this, busy ? 'loginBusy' : setsPassword ? 'loginNewSubmit' : asks ? 'loginForgotSubmit' : 'loginSubmit')}</button>`}
      ${mode === 'sign-in' ? [link('forgot', 'loginForgot'), this.magicLink ? link('link', 'loginLinkAsk') : nothing] : asks ? link('sign-in', 'loginBack') : nothing}`;
  }

  private field(
    name: Field,
    label: PlainMessageKey,
    autocomplete: 'username' | 'current-password' | 'new-password',
  ) {
    const id = `${this.uid}-${name}`;
    const isPassword = name === 'password';
    const isNew = autocomplete === 'new-password';
    const { score, guessable } = passwordStrength(this.newPassword);
    const input = html`<input
      id=${id}
      name=${name}
      autocomplete=${autocomplete}
      required
      spellcheck="false"
      type=${isPassword && !this.reveal ? 'password' : 'text'}
      autocapitalize=${isPassword ? nothing : 'none'}
      minlength=${isNew ? PORTAL_PASSWORD_MIN_LENGTH : nothing}
      maxlength=${PORTAL_PASSWORD_MAX_LENGTH}
      aria-invalid=${Boolean(this.errors[name])}
      aria-describedby="${id}-error ${id}-hint"
      @input=${isNew ? (event: Event) => (this.newPassword = (event.target as HTMLInputElement).value) : nothing}
    />`;
    return html`<div>
      <label for=${id}>${message(this, label)}</label>
      ${isPassword ? html`<span>${input}<button type="button" aria-pressed=${this.reveal} aria-controls=${id} aria-label=${message(this, 'loginShow')} @click=${() => (this.reveal = !this.reveal)}>${message(this, 'loginShowShort')}</button></span>` : input}
      <small id="${id}-hint" aria-live="polite"
        >${isNew ? message(this, 'loginNewHint', { min: PORTAL_PASSWORD_MIN_LENGTH }) : ''}
        ${this.newPassword ? message(this, 'loginStrength', { level: message(this, 'loginLevels').split('|')[score]! }) : ''}
        ${this.newPassword && guessable ? message(this, 'loginGuessable') : ''}</small
      >
      <small class="spl-error" id="${id}-error">${this.errors[name] ?? ''}</small>
    </div>`;
  }

  private switchTo(mode: Mode, notice?: PlainMessageKey): void {
    this.mode = mode;
    this.notice = notice;
    this.errors = {};
    this.newPassword = '';
    this.reveal = false;
    this.form.reset();
  }

  private async submit(): Promise<void> {
    if (this.busy) return;
    const { mode, form } = this;
    const data = new FormData(form);
    const username = String(data.get('username') ?? '').trim();
    const password = String(data.get('password') ?? '');
    const required = message(this, 'loginRequired');
    const errors: Errors = {};
    if (mode === 'reset' || mode === 'activate') {
      if (password.length < PORTAL_PASSWORD_MIN_LENGTH)
        errors.password = message(this, 'loginTooShort', { min: PORTAL_PASSWORD_MIN_LENGTH });
      else if (!passwordStrength(password).score) errors.password = message(this, 'loginTooWeak');
    } else {
      if (!username) errors.username = required;
      if (mode === 'sign-in' && !password) errors.password = required;
    }
    this.errors = errors;
    if (Object.keys(errors).length) return;

    await this.run(async (session) => {
      const { portal } = session;
      if (mode === 'forgot' || mode === 'link') {
        // The same neutral answer whatever the server says, so the page reveals no usernames.
        await (mode === 'link' ? portal.requestSignInLink : portal.requestPasswordReset)
          .call(portal, { username })
          .catch((error: SignportApiError) => {
            if (!error.status) throw error;
          });
        return this.switchTo(mode, mode === 'link' ? 'loginLinkSent' : 'loginForgotSent');
      }
      // Activating or resetting signs in too, as signing in does.
      const token = (mode === 'activate' ? this.activationToken : this.resetToken) ?? '';
      await this.adopt(
        session,
        await (mode === 'sign-in'
          ? portal.login({ username, password })
          : (mode === 'activate' ? portal.activate : portal.confirmPasswordReset).call(portal, {
              token,
              password,
            })),
      );
    });
  }

  /** Starts the signed-in session from a sign-in's tokens and tells the page who signed in. */
  private async adopt(session: PortalSession, tokens: PortalTokens): Promise<void> {
    const me = await session.start(tokens);
    session.onEnd = (reason) => {
      this.session = undefined;
      this.switchTo('sign-in', reason === 'expired' ? 'loginSignedOut' : undefined);
      this.emit('signport-logout', { reason });
    };
    this.session = session;
    this.emit('signport-login', { client: me.client, session });
  }

  /** Runs a call to the server while the form is busy, and shows what went wrong, if anything. */
  private async run(action: (session: PortalSession) => Promise<void>): Promise<void> {
    this.busy = true;
    try {
      await action(new PortalSession(this.client.baseUrl, this.account ?? ''));
    } catch (cause) {
      const error = this.report(cause);
      const seconds = error.status === 429 ? error.retryAfterSeconds : undefined;
      const minutes = new Intl.NumberFormat(langAt(this) || undefined, {
        style: 'unit',
        unit: 'minute',
        unitDisplay: 'long',
      });
      const field = error.field === 'username' || error.field === 'password' ? error.field : '';
      this.errors = {
        [field]:
          seconds === undefined
            ? error.message
            : message(this, 'loginTooMany', {
                minutes: minutes.format(Math.ceil(seconds / 60) || 1),
              }),
      };
    } finally {
      this.busy = false;
    }
  }
}

define('client-portal-login', ClientPortalLogin);

declare global {
  interface HTMLElementTagNameMap {
    'client-portal-login': ClientPortalLogin;
  }
}
