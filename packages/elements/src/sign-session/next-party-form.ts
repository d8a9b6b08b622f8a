import { html, nothing } from 'lit';
import type { ReactiveControllerHost } from 'lit';
import type { ApiClient, NamedParty } from '@signport/core/client';
import { SignportApiError } from '@signport/core/client';
import { validateNamedParties } from '@signport/core/rules';
import { partyRequests } from './party-requests.js';
import { message } from '../base/messages.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * "Who signs next": the name and email of each person of the roles this party names (passive mode),
 * sent before the party completes. A role once accepted by the server is not sent again on a retry.
 */
export class NextPartyForm {
  readonly #host: Host;
  #rows = new Map<string, NamedParty[]>();
  /** How each role is called on screen, by key. */
  names: Record<string, string> = {};
  #named = new Set<string>();
  /** An error by input id (`next-<role>-<index>-<name|email>`). */
  #errors = new Map<string, string>();

  constructor(host: Host) {
    this.#host = host;
  }

  set roles(roles: readonly string[]) {
    this.#rows = new Map(
      roles.map((role) => [role, this.#rows.get(role) ?? [{ name: '', email: '' }]]),
    );
  }

  get isEmpty(): boolean {
    return this.#rows.size === 0;
  }

  /** Checks every row with the routing rule, showing the first problem of each role; false when one is found. */
  validate(): boolean {
    this.#errors.clear();
    for (const [role, parties] of this.#rows) {
      const checked = validateNamedParties(parties);
      if (!checked.ok) this.#errors.set(inputId(role, checked.error.field), checked.error.message);
    }
    this.#host.requestUpdate();
    if (this.#errors.size > 0) void this.#focusFirstError();
    return this.#errors.size === 0;
  }

  /**
   * Sends each role not yet accepted; false (with the server's message shown) when one is refused.
   * With `onlyComplete`, as when a party saves to finish later, roles whose rows are not all filled
   * in yet are left for later instead of being refused.
   */
  async submit(api: ApiClient, onlyComplete = false): Promise<boolean> {
    for (const [role, parties] of this.#rows) {
      if (this.#named.has(role)) continue;
      if (onlyComplete && !validateNamedParties(parties).ok) continue;
      try {
        await partyRequests.nameNextParty(api, { role, parties });
        this.#named.add(role);
      } catch (error) {
        if (!(error instanceof SignportApiError) || error.status === 0 || error.status === 401)
          throw error;
        this.#errors.set(inputId(role, error.field), error.message);
        this.#host.requestUpdate();
        void this.#focusFirstError();
        return false;
      }
    }
    return true;
  }

  async #focusFirstError(): Promise<void> {
    await this.#host.updateComplete;
    const [id] = this.#errors.keys();
    if (id) this.#host.shadowRoot?.getElementById(id)?.focus();
  }

  #edit(role: string, index: number, key: keyof NamedParty, value: string): void {
    const party = this.#rows.get(role)?.[index];
    if (party) party[key] = value;
    this.#errors.delete(`next-${role}-${index}-${key}`);
  }

  #add(role: string): void {
    this.#rows.get(role)?.push({ name: '', email: '' });
    this.#host.requestUpdate();
  }

  #remove(role: string, index: number): void {
    this.#rows.get(role)?.splice(index, 1);
    this.#host.requestUpdate();
  }

  render() {
    if (this.isEmpty) return nothing;
    const host = this.#host;
    const input = (role: string, index: number, key: keyof NamedParty, party: NamedParty) => {
      const id = `next-${role}-${index}-${key}`;
      const error = this.#errors.get(id);
      return html`<label class="stack"
        >${message(host, key === 'name' ? 'partyName' : 'partyEmail')}
        <input
          part="input"
          id=${id}
          type=${key === 'name' ? 'text' : 'email'}
          .value=${party[key]}
          autocomplete="off"
          required
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? `${id}-error` : nothing}
          @input=${(event: Event) => this.#edit(role, index, key, (event.target as HTMLInputElement).value)}
        />
        ${error ? html`<span id=${`${id}-error`} part="field-error" role="alert">${error}</span>` : nothing}
      </label>`;
    };
    return html`<fieldset part="next-party" class="panel">
      <legend>${message(host, 'nextPartyTitle')}</legend>
      ${[...this.#rows].map(
        ([role, parties]) =>
          html`<fieldset class="role">
            <legend>${message(host, 'nextPartyRole', { role: this.names[role] ?? role.replace(/_/g, ' ') })}</legend>
            ${
              this.#errors.get(`next-${role}-parties`)
                ? html`<p id=${`next-${role}-parties`} part="error" role="alert" tabindex="-1">
                    ${this.#errors.get(`next-${role}-parties`)}
                  </p>`
                : nothing
            }
            ${parties.map(
              (party, index) =>
                html`<div class="person">
                  ${input(role, index, 'name', party)} ${input(role, index, 'email', party)}
                  ${
                    parties.length > 1
                      ? html`<button
                          type="button"
                          part="button"
                          @click=${() => this.#remove(role, index)}
                          aria-label=${`${message(host, 'remove')} ${index + 1}`}
                        >
                          ${message(host, 'remove')}
                        </button>`
                      : nothing
                  }
                </div>`,
            )}
            <button type="button" part="button" @click=${() => this.#add(role)}>
              ${message(host, 'addAnother')}
            </button>
          </fieldset>`,
      )}
    </fieldset>`;
  }
}

/** The input a rule's or the server's `field` (`parties.0.email`, `role`) points at. */
function inputId(role: string, field: string | undefined): string {
  const match = /^parties\.(\d+)\.(name|email)$/.exec(field ?? '');
  return match ? `next-${role}-${match[1]}-${match[2]}` : `next-${role}-parties`;
}
