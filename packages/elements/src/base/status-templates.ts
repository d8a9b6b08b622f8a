import { html } from 'lit';
import type { SignportErrorDetail } from '../events/signport-error.js';
import { message } from './messages.js';

/** The loading indicator: a polite live region marked busy, styled through `::part(status)`. */
export function loadingTemplate(element: Element) {
  return html`<div part="status" role="status" aria-busy="true">
    ${message(element, 'loading')}
  </div>`;
}

/** The error message: the server's own words in an alert, styled through `::part(error)`. */
export function errorTemplate(error: SignportErrorDetail) {
  return html`<p part="error" role="alert">${error.message}</p>`;
}
