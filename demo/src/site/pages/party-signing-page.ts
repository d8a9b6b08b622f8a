import { html } from 'hono/html';

export interface PartySigningPageOptions {
  apiUrl: string;
  /** The party token from the emailed link. */
  token: string;
}

/**
 * A buyer's or seller's view of "Sign a document", opened from the emailed link: the brokerage's
 * page around Signport's `<sign-session>`, which the party token alone authorizes.
 */
export function partySigningPage({ apiUrl, token }: PartySigningPageOptions) {
  return html`
    <h1>Sign your document</h1>
    <p class="lead">
      Shoreline Realty uses Signport for electronic signatures. Review the agreement, fill in your
      part and sign; your progress is saved as you go.
    </p>
    <p class="signing-note" data-signing-note role="status" hidden></p>
    <div class="signing-slot" data-element-slot="sign-session">
      <sign-session api="${apiUrl}" token="${token}"></sign-session>
    </div>
  `;
}
