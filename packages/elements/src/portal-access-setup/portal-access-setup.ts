import { html, nothing } from 'lit';
import type { PropertyDeclarations } from 'lit';
import { SignportApiError } from '@signport/core/client';
import type {
  ApiClient,
  PortalAccessSettings,
  PortalAccessSetupRequest,
  PortalInvite,
  PortalSection,
} from '@signport/core/client';
import { buyerNameDisplays, portalSections } from '@signport/core/rules';
import { define } from '../base/define.js';
import { ApiCall } from '../base/api-call.js';
import { langAt, message } from '../base/messages.js';
import type { PlainMessageKey } from '../base/messages.js';
import { SignportElement } from '../base/signport-element.js';
import { errorTemplate } from '../base/status-templates.js';
import { portalAccessSetupStyles } from './portal-access-setup.styles.js';
import './portal-access-setup.messages.js';

/** A login profile the host offers to reuse, e.g. the co-owner's or the one of the client's other property. */
export interface PortalLoginProfileOption {
  id: string;
  label: string;
}

const GRANT_LABELS = {
  documents: 'grantDocuments',
  feedback: 'grantFeedback',
  showings: 'grantShowings',
  offers: 'grantOffers',
  messages: 'grantMessages',
  activity: 'grantActivity',
  signings: 'grantSignings',
} as const;
const BUYER_LABELS = {
  first_name: 'buyerFirstName',
  full_name: 'buyerFullName',
  hidden: 'buyerHidden',
} as const;
const DEFAULT_GRANTS: readonly PortalSection[] = ['documents', 'feedback', 'messages', 'activity'];

/** Server field paths (`profile.username`) by the last segment, which names the control here. */
type FieldErrors = Partial<
  Record<'username' | 'loginProfileId' | 'grants' | 'buyerNameDisplay' | '', string>
>;

/**
 * @summary The agent's side of a client's portal: choose or create the login, grant sections, set
 * how buyers are named in the feedback report, save, and send the login email.
 *
 * @example
 * <portal-access-setup api="https://sign.example.com" token="EMBED-TOKEN" client-id="cli_123"></portal-access-setup>
 *
 * @event {SignportPortalAccessSaveEvent} signport-portal-access-save - The server saved the settings; `detail` is them.
 * @event {SignportPortalInviteEvent} signport-portal-invite - The login email went out; `detail` is `{ sentTo, expiresAt }`.
 * @event {SignportErrorEvent} signport-error - A call failed; `detail` is the server's `{ code, message, field }`.
 *
 * @csspart field - A labelled input with its hint and error; `field-error` is the error.
 * @csspart actions - The Save and Send Login Email buttons; the buttons are `button` and `button-primary`.
 * @csspart notice - What was saved or where the login email went (`role="status"`).
 */
export class PortalAccessSetup extends SignportElement {
  static override styles = [SignportElement.styles, portalAccessSetupStyles];
  // Declared here rather than with decorators, whose runtime would ship in every bundle.
  static override properties: PropertyDeclarations = {
    clientId: { attribute: 'client-id' },
    profiles: { attribute: false },
    reuse: { state: true },
    busy: { state: true },
    errors: { state: true },
    notice: { state: true },
  };

  /** The client whose access is set up. */
  clientId?: string;

  /** Existing login profiles the agent may reuse instead of creating one. */
  profiles: PortalLoginProfileOption[] = [];

  private reuse = false;
  private busy?: 'save' | 'invite';
  private errors: FieldErrors = {};
  private notice?: string;

  // `null` when the client has no portal access yet (the server answers 404).
  readonly #settings = new ApiCall<PortalAccessSettings | null>(this, {
    task: (api, signal) =>
      api.request<PortalAccessSettings>(this.#path(), { signal }).catch((error: unknown) => {
        if (error instanceof SignportApiError && error.status === 404) return null;
        throw error;
      }),
    dependencies: () => [this.apiUrl, this.clientId],
    announcesReady: true,
  });

  protected override render() {
    return this.#settings.render({ complete: (saved) => this.#form(saved) });
  }

  #form(saved: PortalAccessSettings | null) {
    const grants = saved?.grants ?? DEFAULT_GRANTS;
    const display = saved?.buyerNameDisplay ?? 'first_name';
    const busy = Boolean(this.busy);
    return html`<form @submit=${this.#save} novalidate>
      <h2>${message(this, 'accessTitle')}</h2>
      ${saved ? this.#savedLogin(saved) : this.#newLogin()}
      <fieldset aria-describedby="grants-error">
        <legend>${message(this, 'accessGrants')}</legend>
        ${portalSections.map(
          (section) =>
            html`<label>
              <input
                type="checkbox"
                name="grants"
                value=${section}
                ?checked=${grants.includes(section)}
              />
              ${message(this, GRANT_LABELS[section])}
            </label>`,
        )}
        ${this.#error('grants')}
      </fieldset>
      <fieldset aria-describedby="buyerNameDisplay-error">
        <legend>${message(this, 'accessBuyerNames')}</legend>
        ${buyerNameDisplays.map(
          (value) =>
            html`<label>
              <input
                type="radio"
                name="buyerNameDisplay"
                value=${value}
                ?checked=${value === display}
              />
              ${message(this, BUYER_LABELS[value])}
            </label>`,
        )}
        ${this.#error('buyerNameDisplay')}
      </fieldset>
      ${this.errors[''] ? errorTemplate({ code: '', message: this.errors[''], field: undefined }) : nothing}
      <p part="notice" role="status">${this.notice ?? ''}</p>
      <div part="actions">
        <button part="button button-primary" type="submit" ?disabled=${busy}>
          ${message(this, this.busy === 'save' ? 'accessSaving' : 'accessSave')}
        </button>
        <button part="button" type="button" ?disabled=${busy || !saved} @click=${this.#invite}>
          ${message(this, this.busy === 'invite' ? 'accessInviting' : 'accessInvite')}
        </button>
      </div>
    </form>`;
  }

  #savedLogin(saved: PortalAccessSettings) {
    const state =
      saved.state === 'active'
        ? message(this, 'accessStateActive', { date: this.#date(saved.activatedAt) })
        : saved.state === 'invited'
          ? message(this, 'accessStateInvited', { date: this.#date(saved.invitedAt) })
          : message(this, 'accessStateNotInvited');
    return html`<p>
      ${message(this, 'accessLogin', { username: saved.username })}<br /><small>${state}</small>
    </p>`;
  }

  #newLogin() {
    const canReuse = this.profiles.length > 0;
    return html`${
      canReuse
        ? html`<fieldset>
            <legend>${message(this, 'accessProfile')}</legend>
            ${([false, true] as const).map(
              (reuse) =>
                html`<label>
                  <input
                    type="radio"
                    name="profile"
                    ?checked=${this.reuse === reuse}
                    @change=${() => (this.reuse = reuse)}
                  />
                  ${message(this, reuse ? 'accessProfileExisting' : 'accessProfileNew')}
                </label>`,
            )}
          </fieldset>`
        : nothing
    }
    ${
      this.reuse && canReuse
        ? this.#field(
            'loginProfileId',
            'accessProfileChoose',
            html`<select
              id="loginProfileId"
              name="loginProfileId"
              aria-describedby="loginProfileId-error"
            >
              ${this.profiles.map((profile) => html`<option value=${profile.id}>${profile.label}</option>`)}
            </select>`,
          )
        : this.#field(
            'username',
            'accessUsername',
            html`<input
                id="username"
                name="username"
                type="text"
                autocomplete="off"
                spellcheck="false"
                aria-invalid=${Boolean(this.errors.username)}
                aria-describedby="username-hint username-error"
              />
              <small id="username-hint">${message(this, 'accessUsernameHint')}</small>`,
          )
    }`;
  }

  #field(name: keyof FieldErrors, label: PlainMessageKey, control: unknown) {
    return html`<div part="field">
      <label for=${name}>${message(this, label)}</label>
      ${control} ${this.#error(name)}
    </div>`;
  }

  #error(name: keyof FieldErrors) {
    return html`<p part="field-error" id="${name}-error">${this.errors[name] ?? ''}</p>`;
  }

  // Lit binds `this` to the element for listeners in its templates.
  async #save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const saved = this.#settings.value;
    const username = String(data.get('username') ?? '').trim();
    const request: PortalAccessSetupRequest = {
      profile: saved
        ? { mode: 'existing', loginProfileId: saved.loginProfileId }
        : this.reuse && this.profiles.length > 0
          ? { mode: 'existing', loginProfileId: String(data.get('loginProfileId')) }
          : { mode: 'new', ...(username ? { username } : {}) },
      grants: data.getAll('grants') as PortalSection[],
      buyerNameDisplay: data.get('buyerNameDisplay') as PortalAccessSettings['buyerNameDisplay'],
    };
    await this.#run('save', async (api) => {
      const settings = await api.request<PortalAccessSettings>(this.#path(), {
        method: 'PUT',
        body: request,
      });
      this.#settings.value = settings;
      this.notice = message(this, 'accessSaved');
      this.emit('signport-portal-access-save', settings);
    });
  }

  async #invite(): Promise<void> {
    await this.#run('invite', async (api) => {
      const invite = await api.request<PortalInvite>(`${this.#path()}/invite`, {
        method: 'POST',
        body: {},
      });
      this.notice = message(this, 'accessInvited', {
        sentTo: invite.sentTo,
        expiresAt: this.#date(invite.expiresAt, true),
      });
      this.emit('signport-portal-invite', invite);
      const saved = this.#settings.value;
      if (saved && saved.state !== 'active')
        this.#settings.value = { ...saved, state: 'invited', invitedAt: new Date().toISOString() };
    });
  }

  async #run(action: 'save' | 'invite', work: (api: ApiClient) => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = action;
    this.errors = {};
    this.notice = undefined;
    try {
      await work(this.client);
    } catch (cause) {
      const error = this.report(cause);
      const field = error.field?.split('.').pop() ?? '';
      const known = ['username', 'loginProfileId', 'grants', 'buyerNameDisplay'].includes(field);
      this.errors = { [known ? field : '']: error.message };
    } finally {
      this.busy = undefined;
    }
  }

  #path(): string {
    return `/v1/clients/${encodeURIComponent(this.clientId ?? '')}/portal-access`;
  }

  #date(iso: string | null, withTime = false): string {
    return iso
      ? new Date(iso).toLocaleString(langAt(this) || undefined, {
          dateStyle: 'medium',
          timeStyle: withTime ? 'short' : undefined,
        })
      : '';
  }
}

define('portal-access-setup', PortalAccessSetup);

declare global {
  interface HTMLElementTagNameMap {
    'portal-access-setup': PortalAccessSetup;
  }
}
