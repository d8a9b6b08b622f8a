import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FieldType, FieldValue, TemplateField } from '@signport/core/client';
import { isPerPartyField } from '@signport/core/rules';

const inputTypes: Partial<Record<FieldType, string>> = {
  email: 'email',
  number: 'number',
  date: 'date',
};

/** Signing is the party's own act and a party uploads their attachments; the rest a sender may prefill. */
export function isPrefillable(field: TemplateField): boolean {
  return !isPerPartyField(field.type) && field.type !== 'attachment';
}

/** The input for one field's prefilled value; `change` hands over the value as the API wants it. */
export function prefillInput(
  field: TemplateField,
  value: FieldValue | undefined,
  attributes: { id: string; invalid: boolean; describedBy: string | undefined },
  change: (value: FieldValue) => void,
) {
  const { id, invalid, describedBy } = attributes;
  const aria = { invalid: invalid ? 'true' : nothing, describedBy: describedBy ?? nothing };
  if (field.type === 'checkbox') {
    return html`<input
      id=${id}
      type="checkbox"
      aria-invalid=${aria.invalid}
      aria-describedby=${aria.describedBy}
      .checked=${live(value === true)}
      @change=${(event: Event) => change((event.target as HTMLInputElement).checked)}
    />`;
  }
  if (field.options) {
    return html`<select
      id=${id}
      aria-invalid=${aria.invalid}
      aria-describedby=${aria.describedBy}
      @change=${(event: Event) => change((event.target as HTMLSelectElement).value || null)}
    >
      <option value="">—</option>
      ${field.options.map((option) => html`<option ?selected=${option === value}>${option}</option>`)}
    </select>`;
  }
  const type = inputTypes[field.type] ?? 'text';
  return html`<input
    id=${id}
    type=${type}
    maxlength=${field.maxLength ?? nothing}
    aria-invalid=${aria.invalid}
    aria-describedby=${aria.describedBy}
    .value=${live(value == null ? '' : String(value))}
    @input=${(event: Event) => {
      const input = event.target as HTMLInputElement;
      change(input.value === '' ? null : type === 'number' ? input.valueAsNumber : input.value);
    }}
  />`;
}
