import { SignportApiError } from '@signport/core/client';
import type {
  CreateSessionRequest,
  HandOffRequest,
  SenderValuesRequest,
  Session,
} from '@signport/core/client';
import {
  agreementValues,
  purchaseAgreement,
  type AgreementDetails,
} from '../../signing/purchase-agreement.js';
import type { AgentApi } from './session-list.js';

/** Which input an API error's `field` is about: parties go buyer first, then seller. */
const inputOfApiField: Record<string, keyof AgreementDetails> = {
  'parties.0.name': 'buyerName',
  'parties.0.email': 'buyerEmail',
  'parties.1.name': 'sellerName',
  'parties.1.email': 'sellerEmail',
  'values.buyer_name': 'buyerName',
  'values.buyer_email': 'buyerEmail',
  'values.seller_name': 'sellerName',
  'values.seller_email': 'sellerEmail',
  'values.property_address': 'propertyAddress',
  'values.property_city_state_zip': 'propertyCity',
  'values.purchase_price': 'price',
  'values.earnest_money': 'earnestMoney',
  'values.closing_date': 'closingDate',
  // A hand-off names the buyer in its own body.
  name: 'buyerName',
  email: 'buyerEmail',
};

function readDetails(form: HTMLFormElement): AgreementDetails {
  const data = new FormData(form);
  const value = (name: keyof AgreementDetails) => String(data.get(name) ?? '').trim();
  return {
    buyerName: value('buyerName'),
    buyerEmail: value('buyerEmail'),
    sellerName: value('sellerName'),
    sellerEmail: value('sellerEmail'),
    propertyAddress: value('propertyAddress'),
    propertyCity: value('propertyCity'),
    price: value('price'),
    earnestMoney: value('earnestMoney'),
    closingDate: value('closingDate'),
  };
}

/** The request that starts the agreement: parties by role, the form's values, a short message. */
function sessionRequest(templateId: string, details: AgreementDetails): CreateSessionRequest {
  return {
    templateId,
    parties: [
      { role: 'buyer', name: details.buyerName, email: details.buyerEmail },
      { role: 'seller', name: details.sellerName, email: details.sellerEmail },
    ],
    values: agreementValues(details),
    lockedFieldIds: [...purchaseAgreement.lockedFieldIds],
    message: {
      body: `Here is the purchase agreement for ${details.propertyAddress || 'the property'}. Please review it and sign your part.`,
    },
  };
}

/** Sends the agreement to both parties; the status line to show once it is sent. */
async function sendForSignature(agent: AgentApi, templateId: string, details: AgreementDetails) {
  const draft = await agent.api.request<Session>('/v1/sessions', {
    method: 'POST',
    body: sessionRequest(templateId, details),
  });
  const sent = await agent.api.request<Session>(`/v1/sessions/${draft.id}/send`, {
    method: 'POST',
  });
  return {
    sent,
    message: `Sent. ${details.buyerName} signs first; ${details.sellerName} is invited after.`,
  };
}

/**
 * "Over the phone": a draft naming the seller only, the values the agent and the buyer agreed
 * with the address and price locked, then the hand-off that makes the buyer its first party.
 */
async function handOff(agent: AgentApi, templateId: string, details: AgreementDetails) {
  const { parties, values, lockedFieldIds } = sessionRequest(templateId, details);
  const draft = await agent.api.request<Session>('/v1/sessions', {
    method: 'POST',
    body: { templateId, parties: parties?.filter((party) => party.role === 'seller') },
  });
  const filled: SenderValuesRequest = { values: values ?? {}, lockedFieldIds };
  await agent.api.request(`/v1/sessions/${draft.id}/values`, { method: 'PATCH', body: filled });
  const buyer: HandOffRequest = { name: details.buyerName, email: details.buyerEmail };
  const sent = await agent.api.request<Session>(`/v1/sessions/${draft.id}/hand-off`, {
    method: 'POST',
    body: buyer,
  });
  return {
    sent,
    message: `Handed off. ${details.buyerName} got an email to check and sign; ${details.sellerName} is invited after.`,
  };
}

/**
 * Sends the purchase agreement from the browser: `POST /v1/sessions` then `/send` — or, on a form
 * marked `data-hand-off`, the draft, its values and `/hand-off` — with the agent's embed token,
 * cross-origin. A refusal shows the server's message, next to the input it is about.
 */
export function wireSendAgreement(
  form: HTMLFormElement,
  agent: AgentApi,
  onSent: (session: Session) => void,
): void {
  const status = form.querySelector<HTMLElement>('[data-send-status]');
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  const templateId = form.dataset.templateId ?? '';
  const deliver = form.dataset.handOff === undefined ? sendForSignature : handOff;

  const show = (state: 'busy' | 'sent' | 'error', message: string) => {
    if (!status) return;
    status.dataset.state = state;
    status.setAttribute('role', state === 'error' ? 'alert' : 'status');
    status.textContent = message;
  };
  const clearInvalid = () => {
    for (const input of form.querySelectorAll('[aria-invalid]'))
      input.removeAttribute('aria-invalid');
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      clearInvalid();
      if (button) button.disabled = true;
      show('busy', 'Sending…');
      const details = readDetails(form);
      try {
        const { sent, message } = await deliver(agent, templateId, details);
        show('sent', message);
        form.reset();
        onSent(sent);
      } catch (error) {
        if (!(error instanceof SignportApiError)) {
          show('error', `Could not send the agreement. ${String(error)}`);
          return;
        }
        const inputName = error.field ? inputOfApiField[error.field] : undefined;
        const input = inputName ? form.elements.namedItem(inputName) : null;
        let message = error.message;
        if (input instanceof HTMLInputElement) {
          input.setAttribute('aria-invalid', 'true');
          input.focus();
          // "parties.0.email: Enter a valid email address" reads better with the input's own label.
          const label = input.labels?.[0]?.querySelector('span')?.textContent ?? '';
          if (label && message.startsWith(`${error.field}: `)) {
            message = `${label}: ${message.slice(`${error.field}: `.length)}`;
          }
        }
        show('error', message);
      } finally {
        if (button) button.disabled = false;
      }
    })();
  });
}
