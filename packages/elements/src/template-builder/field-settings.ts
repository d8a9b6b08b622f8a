import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FieldValue, TemplateField, TemplateRole } from '@signport/core/client';
import { fieldTypes, isOptionField } from '@signport/core/rules';
import { withType } from './template-draft.js';
import { text } from './template-builder.messages.js';

export interface FieldSettings {
  field: TemplateField;
  roles: readonly TemplateRole[];
  pageCount: number;
  /** The server's message about this property of the field, if its last save was refused for it. */
  errorFor: (property: string) => string | undefined;
  update: (change: Partial<TemplateField> | ((field: TemplateField) => TemplateField)) => void;
  copyTo: (pages: number[]) => void;
  remove: () => void;
}

/** Types whose value a party gives at signing: they take no default. */
const noDefault = ['signature', 'initials', 'date_signed', 'attachment'];

const valueOf = (event: Event) => (event.target as HTMLInputElement).value;
const checkedOf = (event: Event) => (event.target as HTMLInputElement).checked;

/**
 * The selected field's settings. Inputs save on `change` (when the agent leaves them), so one edit
 * is one undo step; each shows the server's message when a save was refused for it.
 */
export function fieldSettingsTemplate(element: Element, settings: FieldSettings) {
  const { field, roles, update } = settings;
  const t = (key: Parameters<typeof text>[1], values?: Record<string, string | number>) =>
    text(element, key, values);
  const problem = (property: string) => {
    const message = settings.errorFor(property);
    return {
      invalid: message ? 'true' : 'false',
      describedBy: message ? `error-${property}` : nothing,
      message: message
        ? html`<p part="field-error" id=${`error-${property}`}>${message}</p>`
        : nothing,
    };
  };
  const name = problem('name');
  const options = problem('options');
  const fallback = problem('default');
  const maxLength = problem('maxLength');
  const role = problem('role');
  const pages = Array.from({ length: settings.pageCount }, (_, index) => index + 1);
  return html`<section part="settings" aria-labelledby="settings-title">
    <h3 id="settings-title">${t('builderSelected')}: ${field.name}</h3>
    <div class="setting">
      <label for="field-name">${t('builderLabel')}</label>
      <input
        id="field-name"
        .value=${live(field.name)}
        aria-invalid=${name.invalid}
        aria-describedby=${name.describedBy}
        @change=${(event: Event) => update({ name: valueOf(event) })}
      />
      ${name.message}
    </div>
    <div class="setting">
      <label for="field-type">${t('builderType')}</label>
      <select
        id="field-type"
        @change=${(event: Event) =>
          update((f) => withType(f, valueOf(event) as TemplateField['type']))}
      >
        ${fieldTypes.map(
          (type) =>
            html`<option value=${type} ?selected=${type === field.type}>
              ${t(`builderField_${type}`)}
            </option>`,
        )}
      </select>
    </div>
    <div class="setting">
      <label for="field-role">${t('builderRole')}</label>
      <select
        id="field-role"
        aria-invalid=${role.invalid}
        aria-describedby=${role.describedBy}
        @change=${(event: Event) => update({ role: valueOf(event) })}
      >
        ${roles.map(
          (r) => html`<option value=${r.key} ?selected=${r.key === field.role}>${r.name}</option>`,
        )}
      </select>
      ${role.message}
    </div>
    <div class="setting">
      <label for="field-page">${t('builderOnPage')}</label>
      <select id="field-page" @change=${(event: Event) => update({ page: Number(valueOf(event)) })}>
        ${pages.map(
          (page) => html`<option value=${page} ?selected=${page === field.page}>${page}</option>`,
        )}
      </select>
    </div>
    <label class="check">
      <input
        type="checkbox"
        .checked=${live(field.required)}
        @change=${(event: Event) => update({ required: checkedOf(event) })}
      />
      ${t('builderRequired')}
    </label>
    <label class="check">
      <input
        type="checkbox"
        .checked=${live(field.locked)}
        @change=${(event: Event) => update({ locked: checkedOf(event) })}
      />
      ${t('builderLocked')}
    </label>
    ${
      isOptionField(field.type)
        ? html`<div class="setting">
            <label for="field-options">${t('builderOptions')}</label>
            <textarea
              id="field-options"
              rows="3"
              .value=${live((field.options ?? []).join('\n'))}
              aria-invalid=${options.invalid}
              aria-describedby=${options.describedBy}
              @change=${(event: Event) =>
                update({
                  options: valueOf(event)
                    .split('\n')
                    .map((line) => line.trim())
                    .filter(Boolean),
                })}
            ></textarea>
            ${options.message}
          </div>`
        : nothing
    }
    ${
      field.type === 'text'
        ? html`<div class="setting">
            <label for="field-max">${t('builderMaxLength')}</label>
            <input
              id="field-max"
              type="number"
              min="1"
              .value=${live(field.maxLength === undefined ? '' : String(field.maxLength))}
              aria-invalid=${maxLength.invalid}
              aria-describedby=${maxLength.describedBy}
              @change=${(event: Event) => {
                const value = valueOf(event);
                update(({ maxLength: _, ...rest }) =>
                  value === '' ? rest : { ...rest, maxLength: Number(value) },
                );
              }}
            />
            ${maxLength.message}
          </div>`
        : nothing
    }
    ${
      noDefault.includes(field.type)
        ? nothing
        : html`<div class="setting">
            ${defaultInput(element, field, fallback, (value) =>
              update(({ default: _, ...rest }) =>
                value === undefined ? rest : { ...rest, default: value },
              ),
            )}
            ${fallback.message}
          </div>`
    }
    <div class="actions">
      <button type="button" ?disabled=${pages.length < 2} @click=${() => settings.copyTo(pages)}>
        ${t('builderEveryPage')}
      </button>
      <span class="copy">
        <label for="copy-page">${t('builderCopyTo')}</label>
        <select id="copy-page">
          ${pages
            .filter((page) => page !== field.page)
            .map((page) => html`<option value=${page}>${page}</option>`)}
        </select>
        <button
          type="button"
          ?disabled=${pages.length < 2}
          @click=${(event: Event) => {
            const select = (event.target as HTMLElement).parentElement?.querySelector('select');
            if (select?.value) settings.copyTo([Number(select.value)]);
          }}
        >
          ${t('builderCopy')}
        </button>
      </span>
      <button type="button" part="button-danger" @click=${settings.remove}>${t('builderDelete')}</button>
    </div>
  </section>`;
}

/** The default value's input, shaped by the field's type; empty means no default. */
function defaultInput(
  element: Element,
  field: TemplateField,
  problem: { invalid: string; describedBy: unknown },
  set: (value: FieldValue | undefined) => void,
) {
  const label = html`<label for="field-default">${text(element, 'builderDefault')}</label>`;
  const value = field.default;
  if (field.type === 'checkbox') {
    return html`<label class="check">
      <input
        id="field-default"
        type="checkbox"
        .checked=${live(value === true)}
        @change=${(event: Event) => set(checkedOf(event) ? true : undefined)}
      />
      ${text(element, 'builderDefault')}
    </label>`;
  }
  if (isOptionField(field.type)) {
    return html`${label}
      <select
        id="field-default"
        aria-invalid=${problem.invalid}
        aria-describedby=${problem.describedBy}
        @change=${(event: Event) => set(valueOf(event) || undefined)}
      >
        <option value="" ?selected=${value === undefined}>
          ${text(element, 'builderNoDefault')}
        </option>
        ${(field.options ?? []).map(
          (option) =>
            html`<option value=${option} ?selected=${option === value}>${option}</option>`,
        )}
      </select>`;
  }
  const inputType = field.type === 'text' ? 'text' : field.type;
  return html`${label}
    <input
      id="field-default"
      type=${inputType}
      .value=${live(value === undefined || value === null ? '' : String(value))}
      aria-invalid=${problem.invalid}
      aria-describedby=${problem.describedBy}
      @change=${(event: Event) => {
        const raw = valueOf(event);
        set(raw === '' ? undefined : field.type === 'number' ? Number(raw) : raw);
      }}
    />`;
}
