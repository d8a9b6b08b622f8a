import { html, nothing } from 'lit';
import type { PlainMessageKey } from '../base/messages.js';
import { message } from '../base/messages.js';

/** Where a party's session ended up, as far as this element shows it. */
export type Outcome =
  | { kind: 'completed'; documentUrl: string | undefined }
  | { kind: 'notice'; title?: PlainMessageKey; body: PlainMessageKey };

/**
 * The screen shown instead of the form: done (with the signed PDF when it is ready), declined, or why
 * there is nothing to sign. Its heading takes focus so a screen reader announces the change.
 */
export function outcomeTemplate(element: Element, outcome: Outcome) {
  if (outcome.kind === 'completed') {
    // What happens next: the PDF now when everyone signed, else an email once they have.
    return html`<section part="outcome" class="panel done" aria-labelledby="outcome-title">
      <span class="tick" aria-hidden="true">✓</span>
      <h2 id="outcome-title" tabindex="-1">${message(element, 'completedTitle')}</h2>
      ${
        outcome.documentUrl
          ? html`<p>${message(element, 'completedAll')}</p>
              <p>
                <a
                  part="download button button-primary"
                  href=${outcome.documentUrl}
                  download
                  target="_blank"
                  rel="noopener"
                  >${message(element, 'completedDownload')}</a
                >
              </p>`
          : html`<p>${message(element, 'completedByEmail')}</p>`
      }
    </section>`;
  }
  return html`<section
    part="outcome"
    class="panel"
    aria-labelledby=${outcome.title ? 'outcome-title' : nothing}
  >
    ${outcome.title ? html`<h2 id="outcome-title" tabindex="-1">${message(element, outcome.title)}</h2>` : nothing}
    <p part="notice" role=${outcome.title ? nothing : 'status'}>${message(element, outcome.body)}</p>
  </section>`;
}
