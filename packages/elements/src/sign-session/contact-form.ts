import { html, nothing } from 'lit';
import type { ReactiveControllerHost } from 'lit';
import type { ApiClient } from '@signport/core/client';
import { SignportApiError } from '@signport/core/client';
import { isEmailAddress } from '@signport/core/rules';
import { message } from '../base/messages.js';
import { partyRequests } from './party-requests.js';

type Host = ReactiveControllerHost & HTMLElement;
type Key = 'name' | 'email';

/**
 * "Your details" for whoever fills a public form: their name and email, needed to sign and, where
 * the template allows saving incomplete, to be emailed one link to continue later.
 */
export class ContactForm {
  readonly #host: Host;
  readonly #values = { name: '', email: '' };
  #errors = new Map<Key, string>();
  #sent = '';
  /** What the server has, so an unchanged contact is not sent again. */
  #saved = '';

  constructor(host: Host) {
    this.#host = host;
  }

  #validate(): boolean {
    this.#errors.clear();
    if (!this.#values.name.trim()) this.#errors.set('name', message(this.#host, 'required'));
    if (!isEmailAddress(this.#values.email.trim().toLowerCase()))
      this.#errors.set('email', message(this.#host, 'enterEmail'));
    this.#host.requestUpdate();
    return this.#errors.size === 0;
  }

  /** Sends name and email if they changed; false (with the problem shown) when they are not right. */
  async submit(api: ApiClient): Promise<boolean> {
    if (!this.#validate()) return false;
    const body = { name: this.#values.name.trim(), email: this.#values.email.trim() };
    if (JSON.stringify(body) === this.#saved) return true;
    try {
      const result = await partyRequests.saveContact(api, body);
      this.#saved = JSON.stringify(body);
      if (result.resumeLinkSent) this.#sent = message(this.#host, 'linkSent');
      return true;
    } catch (error) {
      if (!(error instanceof SignportApiError) || error.status === 0 || error.status === 401)
        throw error;
      this.#errors.set(error.field === 'name' ? 'name' : 'email', error.message);
      return false;
    } finally {
      this.#host.requestUpdate();
    }
  }

  render(saveIncomplete: boolean, save: () => void) {
    const host = this.#host;
    const input = (key: Key) => {
      const id = `contact-${key}`;
      const error = this.#errors.get(key);
      return html`<label class="stack"
        >${message(host, key === 'name' ? 'partyName' : 'partyEmail')}
        <input
          part="input"
          id=${id}
          type=${key === 'name' ? 'text' : 'email'}
          autocomplete=${key}
          .value=${this.#values[key]}
          required
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? `${id}-error` : nothing}
          @input=${(event: Event) => {
            this.#values[key] = (event.target as HTMLInputElement).value;
            this.#errors.delete(key);
          }}
        />
        ${error ? html`<span id=${`${id}-error`} part="field-error" role="alert">${error}</span>` : nothing}
      </label>`;
    };
    return html`<fieldset part="contact" class="panel">
      <legend>${message(host, 'contactTitle')}</legend>
      <div class="person">${input('name')} ${input('email')}</div>
      ${
        saveIncomplete
          ? html`<button type="button" part="button" @click=${save}>
              ${message(host, 'saveAndEmail')}
            </button>`
          : nothing
      }
      ${this.#sent ? html`<p role="status">${this.#sent}</p>` : nothing}
    </fieldset>`;
  }
}
