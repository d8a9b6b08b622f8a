import { html, nothing } from 'lit';
import type { ConsentDisclosure } from '@signport/core/client';
import { message } from '../base/messages.js';

export interface ConsentStepContext {
  element: Element;
  disclosure: ConsentDisclosure;
  /** Why the consent was not taken: the box left unticked, or the server's refusal. */
  error: string;
  busy: boolean;
  accept: (agreed: boolean) => void;
}

/** The ESIGN/UETA disclosure with its version, and the agreement a party gives before signing. */
export function consentTemplate({ element, disclosure, error, busy, accept }: ConsentStepContext) {
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    accept((form.elements.namedItem('agree') as HTMLInputElement).checked);
  };
  return html`<form
    part="consent"
    class="panel"
    aria-labelledby="consent-title"
    @submit=${onSubmit}
    novalidate
  >
    <h2 id="consent-title">${message(element, 'consentTitle')}</h2>
    <div
      part="consent-text"
      class="disclosure"
      tabindex="0"
      aria-label=${message(element, 'consentTitle')}
    >
      ${disclosure.text}
    </div>
    <p class="hint">${message(element, 'consentVersion', { version: disclosure.version })}</p>
    <label class="check">
      <input
        part="checkbox"
        type="checkbox"
        name="agree"
        required
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? 'consent-error' : nothing}
      />
      ${message(element, 'consentAgree')}
    </label>
    ${error ? html`<p id="consent-error" part="error" role="alert">${error}</p>` : nothing}
    <button part="button button-primary" ?disabled=${busy}>
      ${message(element, 'consentContinue')}
    </button>
  </form>`;
}
