import { html } from 'hono/html';

export interface RentalApplicationPageOptions {
  apiUrl: string;
  /** The public web form's slug, as published by the seed. */
  formSlug: string;
  mailboxUrl: string;
}

/**
 * "Rental application": the brokerage's public page around Signport's `<sign-session form>`.
 * Whoever opens it becomes the applicant; no login is needed, the form's slug is all it takes.
 */
export function rentalApplicationPage({
  apiUrl,
  formSlug,
  mailboxUrl,
}: RentalApplicationPageOptions) {
  return html`
    <h1>Rental application</h1>
    <p class="lead">
      Apply for a Shoreline Realty rental. Fill in your details, attach proof of income, and tell us
      who else signs: your co-applicant and the landlord, who each get an email to sign once you
      have. Give your email and choose <strong>Save and email me a link</strong> to finish later, on
      this device or from the link.
    </p>
    <div class="signing-slot" data-element-slot="sign-session">
      <sign-session api="${apiUrl}" form="${formSlug}"></sign-session>
    </div>
    <p class="status-detail">
      Resume links and invitations land in the <a href="${mailboxUrl}">dev mailbox</a>.
    </p>
  `;
}
