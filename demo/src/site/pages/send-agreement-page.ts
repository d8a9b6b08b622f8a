import { html } from 'hono/html';
import { findDemoUser, type DemoUser } from '../../demo-users.js';
import { purchaseAgreement } from '../../signing/purchase-agreement.js';

export interface SendAgreementPageOptions {
  user: DemoUser;
  mailboxUrl: string;
  /** The seeded purchase agreement template, if the seed has made one. */
  templateId: string | undefined;
  /**
   * "Fill over the phone": the agent also fills the terms agreed with the buyer, and hands the
   * agreement to the buyer to check and sign instead of sending it.
   */
  handOff?: boolean;
}

/** The agent types other people's details here: the browser should not offer the agent's own. */
const input = (name: string, label: string, type = 'text', required = true) =>
  html`<label class="form-field" for="send-${name}">
    <span>${label}</span>
    <input
      id="send-${name}"
      name="${name}"
      type="${type}"
      autocomplete="off"
      ${required ? html`required` : ''}
    />
  </label>`;

/**
 * The agent's side of "Sign a document": a form that sends the purchase agreement to a buyer and a
 * seller (or fills it with the buyer and hands it off), and the agent's documents with their
 * status. The page script does the API calls.
 */
export function sendAgreementPage({
  user,
  mailboxUrl,
  templateId,
  handOff = false,
}: SendAgreementPageOptions) {
  const owner = findDemoUser(purchaseAgreement.ownerExternalId);
  const canSend = templateId !== undefined && user.externalId === owner?.externalId;
  const form = html`<form
    class="send-form"
    data-send-agreement
    data-template-id="${templateId}"
    ${handOff ? html`data-hand-off` : ''}
    novalidate
  >
    <fieldset>
      <legend>Buyer</legend>
      <div class="form-row">
        ${input('buyerName', 'Buyer name')} ${input('buyerEmail', 'Buyer email', 'email')}
      </div>
    </fieldset>
    <fieldset>
      <legend>Seller</legend>
      <div class="form-row">
        ${input('sellerName', 'Seller name')} ${input('sellerEmail', 'Seller email', 'email')}
      </div>
    </fieldset>
    <fieldset>
      <legend>Property</legend>
      ${input('propertyAddress', 'Street address')}
      <div class="form-row">
        ${input('propertyCity', 'City, state, ZIP')}
        <label class="form-field" for="send-price">
          <span>Purchase price (USD)</span>
          <input
            id="send-price"
            name="price"
            type="text"
            inputmode="decimal"
            required
            value="${purchaseAgreement.defaultPrice}"
            aria-describedby="send-price-hint"
          />
        </label>
      </div>
      <p class="form-hint" id="send-price-hint">
        The address and the price are locked in the agreement: the buyer and the seller see them but
        cannot change them.
      </p>
    </fieldset>
    ${
      handOff
        ? html`<fieldset>
            <legend>Agreed on the phone</legend>
            <div class="form-row">
              ${input('earnestMoney', 'Earnest money (USD)', 'text', false)}
              ${input('closingDate', 'Closing date', 'date', false)}
            </div>
            <p class="form-hint">The buyer can check and correct these before signing.</p>
          </fieldset>`
        : ''
    }
    <div class="form-actions">
      <button type="submit" class="button">
        ${handOff ? 'Hand off to the buyer' : 'Send for signature'}
      </button>
      <p class="form-status" data-send-status role="status" aria-live="polite"></p>
    </div>
  </form>`;
  const cannotSend = html`<p class="status-detail" data-send-unavailable>
    ${
      templateId === undefined
        ? 'The purchase agreement template is not seeded yet; restart the demo.'
        : html`The purchase agreement template belongs to ${owner?.name ?? 'its owner'}. Use “Logged
          in as” at the top to send it as ${owner?.name ?? 'them'}.`
    }
  </p>`;

  const intro = handOff
    ? html`<h1>Fill over the phone</h1>
        <p class="lead">
          Fill the purchase agreement in with the buyer on the phone, then hand it off: the buyer
          gets an email to check what is theirs to change and sign; the address and the price stay
          as you set them. The seller is invited once the buyer has signed.
        </p>`
    : html`<h1>Sign a document</h1>
        <p class="lead">
          Send the purchase agreement to a buyer and a seller. Each gets an email whose link opens
          this page, where they fill in and sign their part in Signport's
          <code>&lt;sign-session&gt;</code>: the buyer first, then the seller. Or
          <a href="/hand-off">fill it in over the phone</a> and hand it to the buyer.
        </p>`;
  return html`
    ${intro}
    <div class="sign-layout">
      <section class="card" aria-labelledby="send-heading">
        <h2 id="send-heading">${handOff ? 'Hand off' : 'Send'} a purchase agreement</h2>
        ${canSend ? form : cannotSend}
      </section>
      <section class="card" aria-labelledby="sessions-heading">
        <div class="card-heading">
          <h2 id="sessions-heading">Your documents</h2>
          <button type="button" class="button button-quiet" data-refresh-sessions>Refresh</button>
        </div>
        <div class="session-list" data-session-list data-state="loading" aria-live="polite">
          <p class="status-detail">Loading your documents…</p>
        </div>
        <p class="status-detail">
          Invitations and signed copies land in the <a href="${mailboxUrl}">dev mailbox</a>.
        </p>
      </section>
    </div>
  `;
}
