import { html, nothing } from 'lit';
import type { FieldValue, PartyField } from '@signport/core/client';
import { text } from './sign-session.messages.js';

/** What a field's control needs from the element. */
export interface FieldInputContext {
  element: Element;
  value: FieldValue | undefined;
  error: string | undefined;
  /** The file chosen for an attachment field. */
  file: File | undefined;
  change: (field: PartyField, value: FieldValue) => void;
  leave: (field: PartyField) => void;
  sign: (field: PartyField) => void;
  attach: (field: PartyField, file: File | undefined) => void;
}

/** The id of a field's focusable control: what "Next required field" and error handling focus. */
export const controlId = (field: PartyField) => `field-${field.id}`;
const errorId = (field: PartyField) => `error-${field.id}`;
const lockId = (field: PartyField) => `lock-${field.id}`;

/** The ids that describe a control: its lock note and its error, whichever apply. */
function describedBy(field: PartyField, context: FieldInputContext): string {
  return [field.locked ? lockId(field) : '', context.error ? errorId(field) : '']
    .filter(Boolean)
    .join(' ');
}

/** The native control for a field's type, labelled by the field's name. */
function control(field: PartyField, context: FieldInputContext) {
  const { value } = context;
  const id = controlId(field);
  const described = describedBy(field, context) || nothing;
  const invalid = context.error ? 'true' : 'false';
  const onInput = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (field.type !== 'number') return context.change(field, input.value);
    // A half-typed number ("1e") reads as empty: keep the last good value until it parses.
    if (!input.validity.badInput)
      context.change(field, Number.isNaN(input.valueAsNumber) ? null : input.valueAsNumber);
  };
  const onBlur = () => context.leave(field);

  switch (field.type) {
    case 'checkbox':
      return html`<input
        id=${id}
        part="field-input"
        type="checkbox"
        aria-label=${field.name}
        aria-describedby=${described}
        aria-invalid=${invalid}
        ?required=${field.required}
        ?disabled=${field.locked}
        .checked=${value === true}
        @change=${(event: Event) => context.change(field, (event.target as HTMLInputElement).checked)}
      />`;
    case 'select':
      return html`<select
        id=${id}
        part="field-input"
        aria-label=${field.name}
        aria-describedby=${described}
        aria-invalid=${invalid}
        ?required=${field.required}
        ?disabled=${field.locked}
        @blur=${onBlur}
        @change=${(event: Event) => context.change(field, (event.target as HTMLSelectElement).value || null)}
      >
        <option value="" ?selected=${!value}></option>
        ${(field.options ?? []).map((option) => html`<option ?selected=${option === value}>${option}</option>`)}
      </select>`;
    case 'radio':
      return html`<div
        role="radiogroup"
        part="field-input"
        class="radios"
        aria-label=${field.name}
        aria-describedby=${described}
        aria-invalid=${invalid}
        aria-required=${field.required ? 'true' : 'false'}
      >
        ${(field.options ?? []).map(
          (option, index) =>
            html`<label
              ><input
                type="radio"
                name=${id}
                .value=${option}
                id=${index === 0 ? id : nothing}
                ?disabled=${field.locked}
                .checked=${option === value}
                @change=${() => context.change(field, option)}
                @blur=${onBlur}
              />${option}</label
            >`,
        )}
      </div>`;
    case 'signature':
    case 'initials': {
      const signed = typeof value === 'string' && value !== '';
      const action = text(context.element, field.type === 'signature' ? 'sign' : 'addInitials');
      return html`<button
        id=${id}
        type="button"
        part="sign-button"
        class="sign"
        aria-label=${`${action}: ${field.name}`}
        aria-describedby=${described}
        aria-invalid=${invalid}
        ?disabled=${field.locked}
        @click=${() => context.sign(field)}
      >
        ${signed ? html`<img src=${value} alt="" />` : action}
      </button>`;
    }
    case 'date_signed':
      return html`<span part="field-auto" class="auto"
        >${text(context.element, 'fillOnSigning')}</span
      >`;
    case 'attachment':
      return html`<input
        id=${id}
        part="field-input"
        type="file"
        aria-label=${field.name}
        aria-describedby=${described}
        aria-invalid=${invalid}
        ?disabled=${field.locked}
        @change=${(event: Event) => context.attach(field, (event.target as HTMLInputElement).files?.[0])}
      />`;
    default:
      return html`<input
        id=${id}
        part="field-input"
        aria-label=${field.name}
        type=${field.type === 'text' ? 'text' : field.type}
        maxlength=${field.maxLength ?? nothing}
        aria-describedby=${described}
        aria-invalid=${invalid}
        ?required=${field.required}
        ?readonly=${field.locked}
        .value=${value === null || value === undefined ? '' : String(value)}
        @input=${onInput}
        @blur=${onBlur}
      />`;
  }
}

/** A field placed over its page: its control, its lock note and its error message. */
export function fieldTemplate(field: PartyField, style: string, context: FieldInputContext) {
  const states = [
    field.locked ? 'field-locked' : '',
    context.error ? 'field-invalid' : '',
    field.required ? 'field-required' : '',
  ].join(' ');
  return html`<div
    part=${`field field-${field.type} ${states}`}
    class="field"
    style=${style}
    data-field=${field.id}
  >
    ${control(field, context)}
    ${
      field.locked
        ? html`<span class="lock" aria-hidden="true"></span>
            <span id=${lockId(field)} class="visually-hidden"
              >${text(context.element, 'locked')}</span
            >`
        : nothing
    }
    ${
      context.file
        ? html`<span part="field-note" class="note"
            >${context.file.name} (${Math.ceil(context.file.size / 1024)} KB).
            ${text(context.element, 'fileNotSent')}</span
          >`
        : nothing
    }
    ${
      context.error
        ? html`<span id=${errorId(field)} part="field-error" class="field-error" role="alert"
            >${context.error}</span
          >`
        : nothing
    }
  </div>`;
}
