import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import type { AssigneeRole, PlanDefaults, PlanStepType } from '@signport/core/client';
import { define } from '../base/define.js';
import { ApiCall } from '../base/api-call.js';
import { message } from '../base/messages.js';
import type { PlainMessageKey } from '../base/messages.js';
import { SignportElement } from '../base/signport-element.js';
import { errorTemplate, loadingTemplate } from '../base/status-templates.js';
import { baseStyles } from '../styles/index.js';
import './plan-defaults.messages.js';
import { planDefaultsStyles } from './plan-defaults.styles.js';
import type { SignportPlanDefaultsSaveEvent } from '../events/signport-plan-defaults-save.js';

export type { SignportPlanDefaultsSaveEvent };

const stepLabels: [PlanStepType, PlainMessageKey][] = [
  ['task', 'planDefaultsTask'],
  ['email', 'planDefaultsEmail'],
  ['sms', 'planDefaultsSms'],
];

const roleLabels: [AssigneeRole, PlainMessageKey][] = [
  ['rainmaker', 'planDefaultsRainmaker'],
  ['contact_assignee', 'planDefaultsContactAssignee'],
];

/**
 * @summary A team's plan settings: who carries each kind of plan step (tasks, emails, texts) —
 * the Rainmaker or the Contact Assignee — with Save Changes. The server decides who may change
 * them and the element shows its refusal.
 *
 * @example
 * <plan-defaults api="https://sign.example.com" token="eyJ…" team-id="team_…"></plan-defaults>
 *
 * @event {SignportPlanDefaultsSaveEvent} signport-plan-defaults-save - The defaults were saved; `detail` is `{ teamId, defaults }`.
 * @event {SignportErrorEvent} signport-error - Loading failed; `detail` is the server's `{ code, message, field }`.
 *
 * @csspart form - The settings form.
 * @csspart select - Each drop-down, also `select-task`, `select-email`, `select-sms`.
 * @csspart save - The Save Changes button.
 * @csspart saved - The "Changes saved." confirmation.
 */
export class PlanDefaultsElement extends SignportElement {
  static override styles = [baseStyles, planDefaultsStyles];
  // Declared here rather than with decorators, whose runtime would ship in every bundle.
  static override properties: PropertyDeclarations = {
    teamId: { attribute: 'team-id' },
    draft: { state: true },
    saving: { state: true },
    saved: { state: true },
    saveError: { state: true },
  };

  /** The team whose defaults are shown and saved. */
  teamId = '';

  readonly defaults = new ApiCall<PlanDefaults>(this, {
    task: (api, signal) => api.request<PlanDefaults>(this.#path(), { signal }),
    dependencies: () => [this.apiUrl, this.token, this.teamId],
    announcesReady: true,
  });

  protected draft: PlanDefaults | undefined;
  protected saving = false;
  protected saved = false;
  protected saveError = '';

  #path(): string {
    return `/v1/teams/${encodeURIComponent(this.teamId)}/plan-defaults`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.defaults.status === 'pending') this.draft = undefined;
    if (this.defaults.status === 'complete' && !this.draft) this.draft = this.defaults.value;
  }

  #choose(type: PlanStepType, event: Event): void {
    if (!this.draft) return;
    this.draft = {
      ...this.draft,
      [type]: (event.target as HTMLSelectElement).value as AssigneeRole,
    };
    this.saved = false;
    this.saveError = '';
  }

  async #save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.draft || this.saving) return;
    this.saving = true;
    this.saved = false;
    this.saveError = '';
    try {
      const defaults = await this.client.request<PlanDefaults>(this.#path(), {
        method: 'PUT',
        body: this.draft,
      });
      this.draft = defaults;
      this.saved = true;
      this.emit('signport-plan-defaults-save', { teamId: this.teamId, defaults });
    } catch (error) {
      // The server's refusal (e.g. for a basic member) is the message people need to read.
      this.saveError = this.report(error).message;
    } finally {
      this.saving = false;
    }
  }

  protected override render() {
    if (this.defaults.status === 'error') return this.defaults.render({ complete: () => nothing });
    const draft = this.draft;
    if (!draft) return loadingTemplate(this);
    const busy = this.saving;
    return html`<form part="form" aria-labelledby="title" aria-busy=${busy} @submit=${this.#save}>
      <h2 id="title">${message(this, 'planDefaultsTitle')}</h2>
      <p class="hint">${message(this, 'planDefaultsHint')}</p>
      ${stepLabels.map(
        ([type, label]) =>
          html`<div class="row">
            <label for=${`step-${type}`}>${message(this, label)}</label>
            <select
              id=${`step-${type}`}
              name=${type}
              part=${`select select-${type}`}
              ?disabled=${busy}
              @change=${(event: Event) => this.#choose(type, event)}
            >
              ${roleLabels.map(
                ([role, roleLabel]) =>
                  html`<option value=${role} ?selected=${draft[type] === role}>
                    ${message(this, roleLabel)}
                  </option>`,
              )}
            </select>
          </div>`,
      )}
      <button part="save button-primary" type="submit" ?disabled=${busy}>
        ${busy ? message(this, 'planDefaultsSaving') : message(this, 'planDefaultsSave')}
      </button>
      <div role="status">
        ${this.saved ? html`<p part="saved">${message(this, 'planDefaultsSaved')}</p>` : nothing}
      </div>
      ${this.saveError ? errorTemplate({ code: '', message: this.saveError, field: undefined }) : nothing}
    </form>`;
  }
}

define('plan-defaults', PlanDefaultsElement);

declare global {
  interface HTMLElementTagNameMap {
    'plan-defaults': PlanDefaultsElement;
  }
}
