import { html, nothing } from 'lit';
import type { PropertyDeclarations } from 'lit';
import { planMergeFields } from '@signport/core/rules';
import type {
  AssigneeRole,
  EnrollmentList,
  Plan,
  PlanDefaults,
  PlanMergeField,
  PlanStepType,
} from '@signport/core/client';
import { ApiCall } from '../base/api-call.js';
import { define } from '../base/define.js';
import { describedBy, fieldErrorTemplate, formErrorTemplate } from '../base/field-error.js';
import type { FormError } from '../base/field-error.js';
import { message } from '../base/messages.js';
import type { PlainMessageKey } from '../base/messages.js';
import { SignportElement } from '../base/signport-element.js';
import { errorTemplate } from '../base/status-templates.js';
import type { SignportPlanDefaultsSaveEvent } from '../events/signport-plan-defaults-save.js';
import type { SignportPlanSaveEvent } from '../events/signport-plan-save.js';
import { workspaceStyles } from '../styles/workspace.styles.js';
import './plan-editor.messages.js';
import { planEditorStyles } from './plan-editor.styles.js';
import { delayUnits, newStep, stepDraftOf, stepInputOf } from './step-draft.js';
import type { StepDraft } from './step-draft.js';

export type { SignportPlanSaveEvent };

/** A contact of the team, as `GET /v1/teams/{id}/contacts` lists it. */
interface TeamContact {
  id: string;
  name: string;
}

const typeLabels: Record<PlanStepType, PlainMessageKey> = {
  email: 'planEditorEmail',
  sms: 'planEditorSms',
  task: 'planEditorTask',
};
const roleLabels: Record<AssigneeRole, PlainMessageKey> = {
  rainmaker: 'planEditorRainmaker',
  contact_assignee: 'planEditorContactAssignee',
};
const mergeFieldLabels: Record<PlanMergeField, PlainMessageKey> = {
  'contact.name': 'planEditorMergeContactName',
  'contact.first_name': 'planEditorMergeContactFirstName',
  'agent.name': 'planEditorMergeAgentName',
  'agent.email': 'planEditorMergeAgentEmail',
};
/** The texts each kind of step takes, with their labels and limits. */
const textFields: Record<
  PlanStepType,
  [keyof StepDraft & string, PlainMessageKey, number, boolean][]
> = {
  email: [
    ['subject', 'planEditorSubject', 200, false],
    ['body', 'planEditorBody', 20_000, true],
  ],
  sms: [['text', 'planEditorText', 1600, true]],
  task: [
    ['title', 'planEditorTitle', 200, false],
    ['notes', 'planEditorNotes', 5000, true],
  ],
};

/**
 * @summary Creates or edits a team plan: its steps (email, text message, task), the wait before
 * each, their texts with merge fields, and who carries each step — the team default (shown) or an
 * override, Rainmaker or Contact Assignee. Once saved, enrol the team's contacts. Follows the
 * defaults a `<plan-defaults>` on the page saves.
 *
 * @example
 * <plan-editor api="https://sign.example.com" token="eyJ…" team-id="team_…" plan-id="plan_…"></plan-editor>
 *
 * @event {SignportPlanSaveEvent} signport-plan-save - The plan was created or saved; `detail` is `{ plan }`.
 * @event {SignportErrorEvent} signport-error - A call failed; `detail` is the server's `{ code, message, field }`.
 *
 * @csspart form - The plan form.
 * @csspart step - One step's fieldset, with `data-type`.
 * @csspart merge-fields - The list of merge fields.
 * @csspart save - The Save plan button.
 * @csspart enrol - The enrolment form.
 */
export class PlanEditor extends SignportElement {
  static override styles = [SignportElement.styles, workspaceStyles, planEditorStyles];
  // Declared here rather than with decorators, whose runtime would ship in every bundle.
  static override properties: PropertyDeclarations = {
    teamId: { attribute: 'team-id' },
    planId: { attribute: 'plan-id', reflect: true },
    name: { state: true },
    steps: { state: true },
    saving: { state: true },
    saved: { state: true },
    saveError: { state: true },
    enrolled: { state: true },
    enrolError: { state: true },
  };

  /** The team the plan belongs to. */
  teamId = '';
  /** The plan edited; empty for a new plan (set once it is created). */
  planId = '';

  private name = '';
  private steps: StepDraft[] = [newStep('email')];
  private saving = false;
  private saved = false;
  private saveError: FormError;
  private enrolled = -1;
  private enrolError: FormError;
  #loadedPlan: Plan | undefined;

  readonly defaults = new ApiCall<PlanDefaults>(this, {
    task: (api, signal) =>
      api.request<PlanDefaults>(`/v1/teams/${encodeURIComponent(this.teamId)}/plan-defaults`, {
        signal,
      }),
    dependencies: () => this.#dependencies(),
    announcesReady: true,
  });

  readonly plan = new ApiCall<Plan | undefined>(this, {
    task: async (api, signal) =>
      this.planId === this.#loadedPlan?.id
        ? this.#loadedPlan
        : api.request<Plan>(`/v1/plans/${encodeURIComponent(this.planId)}`, { signal }),
    dependencies: () => (this.planId ? [...(this.#dependencies() ?? []), this.planId] : undefined),
  });

  readonly contacts = new ApiCall<{ items: TeamContact[] }>(this, {
    task: (api, signal) =>
      api.request<{ items: TeamContact[] }>(
        `/v1/teams/${encodeURIComponent(this.teamId)}/contacts`,
        { signal },
      ),
    dependencies: () => this.#dependencies(),
  });

  #dependencies() {
    return this.teamId
      ? [this.apiUrl, this.token, this.tokenProvider, this.provided, this.teamId]
      : undefined;
  }

  /** `<plan-defaults>` on the same page saved the team's defaults: show them at once. */
  #defaultsSaved = (event: SignportPlanDefaultsSaveEvent): void => {
    if (event.detail.teamId === this.teamId) {
      this.defaults.value = event.detail.defaults;
      this.requestUpdate();
    }
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('signport-plan-defaults-save', this.#defaultsSaved);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('signport-plan-defaults-save', this.#defaultsSaved);
  }

  protected override willUpdate(): void {
    const plan = this.plan.value;
    if (plan && plan !== this.#loadedPlan) {
      this.#loadedPlan = plan;
      this.name = plan.name;
      this.steps = plan.steps.map(stepDraftOf);
    }
  }

  #edit(index: number, changes: Partial<StepDraft>): void {
    this.steps = this.steps.map((step, at) => (at === index ? { ...step, ...changes } : step));
    this.#changed();
  }

  #changed(): void {
    this.saved = false;
    this.saveError = undefined;
  }

  #move(index: number, by: number): void {
    const steps = [...this.steps];
    const [step] = steps.splice(index, 1);
    steps.splice(index + by, 0, step!);
    this.steps = steps;
    this.#changed();
  }

  async #save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.saving = true;
    this.#changed();
    const body = { name: this.name, steps: this.steps.map(stepInputOf) };
    try {
      const plan = this.planId
        ? await this.client.request<Plan>(`/v1/plans/${encodeURIComponent(this.planId)}`, {
            method: 'PUT',
            body,
          })
        : await this.client.request<Plan>('/v1/plans', {
            method: 'POST',
            body: { teamId: this.teamId, ...body },
          });
      this.#loadedPlan = plan;
      this.plan.value = plan;
      this.planId = plan.id;
      this.saved = true;
      this.emit('signport-plan-save', { plan });
    } catch (error) {
      this.saveError = this.report(error);
    } finally {
      this.saving = false;
    }
  }

  async #enrol(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const contactIds = [...form.querySelectorAll<HTMLInputElement>('input:checked')].map(
      (box) => box.value,
    );
    this.enrolled = -1;
    this.enrolError = undefined;
    try {
      const { items } = await this.client.request<EnrollmentList>(
        `/v1/plans/${encodeURIComponent(this.planId)}/enrollments`,
        { method: 'POST', body: { contactIds } },
      );
      this.enrolled = items.length;
      form.reset();
    } catch (error) {
      this.enrolError = this.report(error);
    }
  }

  protected override render() {
    if (this.defaults.status === 'error') return errorTemplate(this.defaults.error!);
    if (this.plan.status === 'error') return errorTemplate(this.plan.error!);
    const defaults = this.defaults.value;
    if (!defaults) return this.defaults.render({ complete: () => nothing });
    if (this.planId && !this.#loadedPlan) return this.plan.render({ complete: () => nothing });
    const stepFields = this.steps.flatMap((_, index) =>
      ['type', 'delayMinutes', 'assignee', 'subject', 'body', 'text', 'title', 'notes'].map(
        (name) => `steps.${index}.${name}`,
      ),
    );
    return html`<form
        part="form"
        class="stack"
        aria-labelledby="plan-title"
        @submit=${(event: SubmitEvent) => void this.#save(event)}
      >
        <h2 id="plan-title">
          ${message(this, this.planId ? 'planEditorEdit' : 'planEditorNew')}
        </h2>
        <label for="plan-name"
          >${message(this, 'planEditorName')}
          <input
            id="plan-name"
            name="name"
            required
            maxlength="200"
            .value=${this.name}
            aria-invalid=${this.saveError?.field === 'name' ? 'true' : 'false'}
            aria-describedby=${describedBy(this.saveError, 'name', 'plan-name-error')}
            @input=${(event: Event) => {
              this.name = (event.target as HTMLInputElement).value;
              this.#changed();
            }}
        /></label>
        ${fieldErrorTemplate(this.saveError, 'name', 'plan-name-error')} ${this.#mergeFields()}
        <h3>${message(this, 'planEditorSteps')}</h3>
        <ol class="steps">
          ${this.steps.map((step, index) => this.#step(step, index, defaults))}
        </ol>
        ${this.steps.length ? nothing : html`<p class="empty">${message(this, 'planEditorNoSteps')}</p>`}
        <div class="row" role="group" aria-label=${message(this, 'planEditorAdd')}>
          ${(['email', 'sms', 'task'] as const).map(
            (type) =>
              html`<button
                type="button"
                @click=${() => {
                  this.steps = [...this.steps, newStep(type)];
                  this.#changed();
                }}
              >
                ${message(
                  this,
                  type === 'email'
                    ? 'planEditorAddEmail'
                    : type === 'sms'
                      ? 'planEditorAddSms'
                      : 'planEditorAddTask',
                )}
              </button>`,
          )}
        </div>
        ${formErrorTemplate(this.saveError, ['name', ...stepFields])}
        <div class="row">
          <button part="save" class="primary" type="submit" ?disabled=${this.saving}>
            ${message(this, this.saving ? 'planEditorSaving' : 'planEditorSave')}
          </button>
          <span role="status">${this.saved ? message(this, 'planEditorSaved') : nothing}</span>
        </div>
      </form>
      ${this.#enrolForm()}`;
  }

  #mergeFields() {
    return html`<div part="merge-fields" class="merge">
      <h3 id="merge-title">${message(this, 'planEditorMergeFields')}</h3>
      <p class="hint">${message(this, 'planEditorMergeHint')}</p>
      <ul aria-labelledby="merge-title">
        ${planMergeFields.map(
          (field) =>
            html`<li><code>{{${field}}}</code> ${message(this, mergeFieldLabels[field])}</li>`,
        )}
      </ul>
    </div>`;
  }

  #control(
    index: number,
    field: string,
    control: (id: string, aria: { invalid: string; describedBy: unknown }) => unknown,
  ) {
    const id = `step-${index}-${field}`;
    const path = `steps.${index}.${field}`;
    return html`${control(id, {
      invalid: this.saveError?.field === path ? 'true' : 'false',
      describedBy: describedBy(this.saveError, path, `${id}-error`),
    })}
    ${fieldErrorTemplate(this.saveError, path, `${id}-error`)}`;
  }

  #step(step: StepDraft, index: number, defaults: PlanDefaults) {
    const number = index + 1;
    const legend = message(this, 'planEditorStep', {
      number,
      type: message(this, typeLabels[step.type]),
    });
    const teamDefault = message(this, 'planEditorTeamDefault', {
      role: message(this, roleLabels[defaults[step.type]]),
    });
    return html`<li>
      <fieldset part="step" data-type=${step.type}>
        <legend>${legend}</legend>
        <div class="row">
          ${this.#control(
            index,
            'type',
            (id, aria) =>
              html`<label for=${id}
                >${message(this, 'planEditorType')}
                <select
                  id=${id}
                  aria-invalid=${aria.invalid}
                  aria-describedby=${aria.describedBy}
                  @change=${(event: Event) =>
                    this.#edit(index, {
                      type: (event.target as HTMLSelectElement).value as PlanStepType,
                    })}
                >
                  ${Object.entries(typeLabels).map(
                    ([type, label]) =>
                      html`<option value=${type} ?selected=${type === step.type}>
                        ${message(this, label)}
                      </option>`,
                  )}
                </select></label
              >`,
          )}
          ${this.#control(
            index,
            'delayMinutes',
            (id, aria) =>
              html`<div class="label" role="group" aria-labelledby=${`${id}-label`}>
                <span id=${`${id}-label`}>${message(this, 'planEditorDelay')}</span>
                <span class="delay">
                  <input
                    id=${id}
                    type="number"
                    min="0"
                    step="1"
                    inputmode="numeric"
                    aria-labelledby=${`${id}-label`}
                    aria-invalid=${aria.invalid}
                    aria-describedby=${aria.describedBy}
                    .value=${String(step.delay)}
                    @input=${(event: Event) =>
                      this.#edit(index, {
                        delay: Number((event.target as HTMLInputElement).value),
                      })}
                  />
                  <select
                    aria-label=${message(this, 'planEditorDelay')}
                    @change=${(event: Event) =>
                      this.#edit(index, {
                        unit: (event.target as HTMLSelectElement).value as StepDraft['unit'],
                      })}
                  >
                    ${delayUnits.map(
                      ([unit]) =>
                        html`<option value=${unit} ?selected=${unit === step.unit}>
                          ${message(
                            this,
                            unit === 'days'
                              ? 'planEditorDays'
                              : unit === 'hours'
                                ? 'planEditorHours'
                                : 'planEditorMinutes',
                          )}
                        </option>`,
                    )}
                  </select>
                </span>
                <span class="hint">${message(this, 'planEditorDelayHint')}</span>
              </div>`,
          )}
          ${this.#control(
            index,
            'assignee',
            (id, aria) =>
              html`<label for=${id}
                >${message(this, 'planEditorCarrier')}
                <select
                  id=${id}
                  name="assignee"
                  aria-invalid=${aria.invalid}
                  aria-describedby=${aria.describedBy}
                  @change=${(event: Event) =>
                    this.#edit(index, {
                      assignee: (event.target as HTMLSelectElement).value as AssigneeRole | '',
                    })}
                >
                  <option value="" ?selected=${!step.assignee}>${teamDefault}</option>
                  ${Object.entries(roleLabels).map(
                    ([role, label]) =>
                      html`<option value=${role} ?selected=${role === step.assignee}>
                        ${message(this, label)}
                      </option>`,
                  )}
                </select></label
              >`,
          )}
        </div>
        ${textFields[step.type].map(([field, label, max, multiline]) =>
          this.#control(index, field, (id, aria) => {
            const input = (event: Event) =>
              this.#edit(index, { [field]: (event.target as HTMLInputElement).value });
            return html`<label for=${id}
              >${message(this, label)}
              ${
                multiline
                  ? html`<textarea
                    id=${id}
                    rows="3"
                    maxlength=${max}
                    ?required=${field !== 'notes'}
                    aria-invalid=${aria.invalid}
                    aria-describedby=${aria.describedBy}
                    .value=${String(step[field])}
                    @input=${input}
                  ></textarea>`
                  : html`<input
                    id=${id}
                    maxlength=${max}
                    required
                    aria-invalid=${aria.invalid}
                    aria-describedby=${aria.describedBy}
                    .value=${String(step[field])}
                    @input=${input}
                  />`
              }</label
            >`;
          }),
        )}
        <div class="row">
          <button
            type="button"
            ?disabled=${index === 0}
            @click=${() => this.#move(index, -1)}
            aria-label=${message(this, 'planEditorMoveUp', { number })}
          >
            ${message(this, 'planEditorUp')}
          </button>
          <button
            type="button"
            ?disabled=${index === this.steps.length - 1}
            @click=${() => this.#move(index, 1)}
            aria-label=${message(this, 'planEditorMoveDown', { number })}
          >
            ${message(this, 'planEditorDown')}
          </button>
          <button
            type="button"
            @click=${() => {
              this.steps = this.steps.filter((_, at) => at !== index);
              this.#changed();
            }}
            aria-label=${message(this, 'planEditorRemove', { number })}
          >
            ${message(this, 'planEditorRemoveShort')}
          </button>
        </div>
      </fieldset>
    </li>`;
  }

  #enrolForm() {
    if (!this.planId)
      return html`<p class="hint" part="enrol">${message(this, 'planEditorEnrolHint')}</p>`;
    return html`<form
      part="enrol"
      class="card"
      aria-labelledby="enrol-title"
      @submit=${(event: SubmitEvent) => void this.#enrol(event)}
      @change=${() => ((this.enrolled = -1), (this.enrolError = undefined))}
    >
      <h3 id="enrol-title">${message(this, 'planEditorEnrol')}</h3>
      ${this.contacts.render({
        complete: ({ items }) =>
          items.length
            ? html`<fieldset class="contacts">
                  <legend class="visually-hidden">${message(this, 'planEditorEnrol')}</legend>
                  ${items.map(
                    (contact) =>
                      html`<label class="check"
                        ><input type="checkbox" name="contactIds" value=${contact.id} />
                        ${contact.name}</label
                      >`,
                  )}
                </fieldset>
                ${formErrorTemplate(this.enrolError, [])}
                <div class="row">
                  <button type="submit">${message(this, 'planEditorEnrolButton')}</button>
                  <span role="status"
                    >${
                      this.enrolled >= 0
                        ? message(this, 'planEditorEnrolled', { count: this.enrolled })
                        : nothing
                    }</span
                  >
                </div>`
            : html`<p class="empty">${message(this, 'planEditorNoContacts')}</p>`,
      })}
    </form>`;
  }
}

define('plan-editor', PlanEditor);

declare global {
  interface HTMLElementTagNameMap {
    'plan-editor': PlanEditor;
  }
}
