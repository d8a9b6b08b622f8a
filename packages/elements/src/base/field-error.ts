import { html, nothing } from 'lit';
import type { SignportApiError } from '@signport/core/client';
import { errorTemplate } from './status-templates.js';

/** A refusal kept by a form until the user changes something; `undefined` when there is none. */
export type FormError = Pick<SignportApiError, 'code' | 'message' | 'field'> | undefined;

/**
 * The server's message next to the control its `field` names (`id` is the message's own id, for
 * `aria-describedby`); nothing when the refusal concerns another field.
 */
export function fieldErrorTemplate(error: FormError, field: string, id: string) {
  return error?.field === field
    ? html`<p id=${id} part="field-error" class="field-error" role="alert">${error.message}</p>`
    : nothing;
}

/** `aria-describedby` for a control: its error message's id while the refusal concerns it. */
export function describedBy(error: FormError, field: string, id: string) {
  return error?.field === field ? id : nothing;
}

/** The refusal as a form-level alert, unless one of `shownFields` already shows it by its control. */
export function formErrorTemplate(error: FormError, shownFields: readonly string[]) {
  return error && !shownFields.includes(error.field ?? '')
    ? errorTemplate({ code: error.code, message: error.message, field: error.field })
    : nothing;
}
