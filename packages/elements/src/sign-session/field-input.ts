import { html, nothing } from 'lit';
import type { FieldValue, PartyField } from '@signport/core/client';
import { cssProperties } from '../base/css-properties.js';
import type { CssProperties } from '../base/css-properties.js';
import { optionStyle } from './field-geometry.js';
import { message } from '../base/messages.js';

/** An attachment field's file: on its way to the server, or stored there. */
export interface AttachmentUpload {
  name: string;
  uploading: boolean;
}

/** What a field's control needs from the element. */
export interface FieldInputContext {
  element: Element;
  value: FieldValue | undefined;
  error: string | undefined;
  upload: AttachmentUpload | undefined;
  change: (field: PartyField, value: FieldValue) => void;
  leave: (field: PartyField) => void;
  sign: (field: PartyField) => void;
  attach: (field: PartyField, file: File) => void;
}

/** The id of a field's focusable control: what "Next required field" and error handling focus. */
export const controlId = (field: PartyField) => `field-${field.id}`;
const errorId = (field: PartyField) => `error-${field.id}`;
const lockId = (field: PartyField) => `lock-${field.id}`;
const noteId = (field: PartyField) => `note-${field.id}`;
/** What the server accepts; it checks the bytes itself, this only narrows the device's picker. */
const ATTACHMENT_ACCEPT = '.pdf,.png,.jpg,.jpeg,.webp,.heic,.heif,application/pdf,image/*';

/** The ids that describe a control: its lock note, file note and error, whichever apply. */
function describedBy(field: PartyField, context: FieldInputContext): string {
  return [
    field.locked ? lockId(field) : '',
    context.upload ? noteId(field) : '',
    context.error ? errorId(field) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * A file picker; once a file is attached, a "Replace" button opens the same (hidden) picker. Choosing
 * a file uploads it at once, so the picker is cleared to let the same file be chosen again.
 */
function attachmentControl(field: PartyField, context: FieldInputContext, described: string) {
  const { upload } = context;
  const id = controlId(field);
  const busy = upload?.uploading === true;
  const picker = html`<input
    id=${upload ? `${id}-file` : id}
    part="field-input"
    type="file"
    accept=${ATTACHMENT_ACCEPT}
    aria-label=${field.name}
    aria-describedby=${described || nothing}
    aria-invalid=${context.error ? 'true' : 'false'}
    ?hidden=${upload !== undefined}
    ?disabled=${field.locked || busy}
    @change=${(event: Event) => {
      const input = event.target as HTMLInputElement;
      const file = input.files?.[0];
      input.value = '';
      if (file) context.attach(field, file);
    }}
  />`;
  if (!upload) return picker;
  const replace = message(context.element, 'replaceFile');
  return html`${picker}<button
      id=${id}
      type="button"
      part="button"
      class="sign"
      aria-label=${`${replace}: ${field.name}`}
      aria-describedby=${described || nothing}
      aria-busy=${busy ? 'true' : 'false'}
      ?disabled=${field.locked || busy}
      @click=${(event: Event) =>
        ((event.currentTarget as Element).previousElementSibling as HTMLInputElement).click()}
    >
      ${replace}
    </button>`;
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
    case 'radio': {
      // Over the PDF's own printed buttons when it has them: each option on its widget, its
      // printed label beside it on the page (and read out from the input's name).
      const onPage = field.optionRects;
      const input = (option: string, index: number) =>
        html`<input
          type="radio"
          name=${id}
          .value=${option}
          id=${index === 0 ? id : nothing}
          aria-label=${onPage ? option : nothing}
          ?disabled=${field.locked}
          .checked=${option === value}
          @change=${() => context.change(field, option)}
          @blur=${onBlur}
        />`;
      return html`<div
        role="radiogroup"
        part="field-input"
        class=${onPage ? 'radios on-page' : 'radios'}
        aria-label=${field.name}
        aria-describedby=${described}
        aria-invalid=${invalid}
        aria-required=${field.required ? 'true' : 'false'}
      >
        ${
          onPage
            ? onPage.map(
                ({ option, rect }, index) =>
                  html`<label part="radio-option" ${cssProperties(optionStyle(rect, field.rect))}
                    >${input(option, index)}</label
                  >`,
              )
            : (field.options ?? []).map(
                (option, index) => html`<label>${input(option, index)}${option}</label>`,
              )
        }
      </div>`;
    }
    case 'signature':
    case 'initials': {
      const signed = typeof value === 'string' && value !== '';
      const action = message(context.element, field.type === 'signature' ? 'sign' : 'addInitials');
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
        >${message(context.element, 'fillOnSigning')}</span
      >`;
    case 'attachment':
      return attachmentControl(field, context, describedBy(field, context));
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
export function fieldTemplate(field: PartyField, style: CssProperties, context: FieldInputContext) {
  const states = [
    field.locked ? 'field-locked' : '',
    context.error ? 'field-invalid' : '',
    field.required ? 'field-required' : '',
  ].join(' ');
  return html`<div
    part=${`field field-${field.type} ${states}`}
    class="field"
    ${cssProperties(style)}
    data-field=${field.id}
  >
    ${control(field, context)}
    ${
      field.locked
        ? html`<span class="lock" aria-hidden="true"></span>
            <span id=${lockId(field)} class="visually-hidden"
              >${message(context.element, 'locked')}</span
            >`
        : nothing
    }
    ${
      context.upload
        ? html`<span id=${noteId(field)} part="field-note" class="note" role="status"
            >${message(
              context.element,
              context.upload.uploading ? 'uploadingFile' : 'attachedFile',
              {
                name: context.upload.name,
              },
            )}</span
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
