import { html } from 'hono/html';

export interface ClientPortalPageOptions {
  accountId: string;
  /** From an emailed link (`?activate=`): an invitation, or a sign-in link that signs in at once. */
  activationToken: string | undefined;
  /** From a password-reset link (`?reset=`): the client chooses a new password. */
  resetToken: string | undefined;
}

/**
 * The brokerage's client portal page: `<client-portal-login>` for the account, which shows
 * `<client-portal>` once the client has signed in. The page script drops the single-use token from
 * the address bar once the element has it.
 */
export function clientPortalPage({
  accountId,
  activationToken,
  resetToken,
}: ClientPortalPageOptions) {
  return html`
    <h1>Client portal</h1>
    <p class="lead">
      Owners, buyers and tenants of Shoreline Realty: sign in to see your documents, the feedback
      from showings of your home, your agent's messages and what happened lately.
    </p>
    <div class="portal-slot" data-element-slot="client-portal-login">
      <client-portal-login
        magic-link
        account="${accountId}"
        ${activationToken ? html`activation-token="${activationToken}"` : ''}
        ${resetToken ? html`reset-token="${resetToken}"` : ''}
      >
        <client-portal></client-portal>
      </client-portal-login>
    </div>
    <p class="status-detail">
      No login yet? Your agent sets it up and emails you a link to choose your password.
    </p>
  `;
}
