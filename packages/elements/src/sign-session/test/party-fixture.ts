import { waitUntil } from '@open-wc/testing';
import type { PartyField, PartyView } from '@signport/core/client';
import type { SignSession } from '../sign-session.js';

/** A 1×1 PNG: the shape of a signature another party already drew. */
export const TINY_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

function field(id: string, overrides: Partial<PartyField>): PartyField {
  return {
    id,
    name: id,
    type: 'text',
    page: 1,
    rect: { x: 0.1, y: 0.1, width: 0.4, height: 0.03 },
    required: false,
    locked: false,
    value: null,
    ...overrides,
  };
}

/**
 * A buyer's view of a two-page purchase agreement: their name, email, a locked price, financing, an
 * inspection checkbox, initials and a signature, the date signed, and the seller's signature.
 */
export function buyerView(overrides: Partial<PartyView> = {}): PartyView {
  return {
    session: {
      // Unique, because drafts are kept in localStorage by session, which test pages share.
      id: `ses_${crypto.randomUUID()}`,
      status: 'in_progress',
      templateName: 'Purchase agreement',
      sender: {
        name: 'Betty Broker',
        email: 'betty@shoreline.example',
        logoUrl: TINY_PNG,
        color: '#0f766e',
      },
      brokerage: 'Shoreline Realty',
      message: null,
      saveIncomplete: true,
    },
    party: {
      id: 'pty_buyer',
      role: 'buyer',
      name: 'Bea Buyer',
      email: 'bea@example.com',
      locale: null,
      status: 'viewed',
    },
    isMyTurn: true,
    pages: [
      {
        number: 1,
        width: 612,
        height: 792,
        imageUrl: 'v1/party/pages/1',
        text: 'Purchase agreement between the parties.',
      },
      {
        number: 2,
        width: 612,
        height: 792,
        imageUrl: '/v1/party/pages/2',
        text: 'Signatures of the parties.',
      },
    ],
    fields: [
      field('price', {
        name: 'Price',
        rect: { x: 0.5, y: 0.1, width: 0.3, height: 0.03 },
        locked: true,
        value: '450000',
      }),
      field('buyer_name', {
        name: 'Buyer name',
        rect: { x: 0.1, y: 0.2, width: 0.4, height: 0.03 },
        required: true,
      }),
      field('buyer_email', {
        name: 'Buyer email',
        type: 'email',
        rect: { x: 0.1, y: 0.3, width: 0.4, height: 0.03 },
      }),
      field('financing', {
        name: 'Financing',
        type: 'select',
        options: ['Cash', 'Loan'],
        rect: { x: 0.1, y: 0.4, width: 0.2, height: 0.03 },
        required: true,
      }),
      field('buyer_initials', {
        name: 'Buyer initials',
        type: 'initials',
        rect: { x: 0.8, y: 0.9, width: 0.1, height: 0.04 },
      }),
      field('inspection', {
        name: 'Inspection contingency',
        type: 'checkbox',
        page: 2,
        rect: { x: 0.1, y: 0.1, width: 0.03, height: 0.02 },
      }),
      field('buyer_signature', {
        name: 'Buyer signature',
        type: 'signature',
        page: 2,
        rect: { x: 0.1, y: 0.8, width: 0.35, height: 0.06 },
        required: true,
      }),
      field('signed_on', {
        name: 'Date signed',
        type: 'date_signed',
        page: 2,
        rect: { x: 0.5, y: 0.82, width: 0.2, height: 0.03 },
      }),
    ],
    others: [
      {
        fieldId: 'seller_signature',
        partyId: 'pty_seller',
        page: 2,
        rect: { x: 0.55, y: 0.6, width: 0.35, height: 0.06 },
        type: 'signature',
        value: TINY_PNG,
      },
      {
        fieldId: 'seller_name',
        partyId: null,
        page: 2,
        rect: { x: 0.55, y: 0.7, width: 0.35, height: 0.03 },
        type: 'text',
        value: 'Sam Seller',
      },
    ],
    workroom: [
      { id: 'pty_buyer', role: 'buyer', roleName: 'Buyer', name: 'Bea Buyer', status: 'viewed' },
      {
        id: 'pty_seller',
        role: 'seller',
        roleName: 'Seller',
        name: 'Sam Seller',
        status: 'completed',
      },
    ],
    consent: {
      version: '2024-06',
      text: 'You agree to receive records and sign electronically. You may ask for paper copies.',
      sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      acceptedAt: '2024-06-01T10:00:00.000Z',
    },
    rolesToName: [],
    roleNames: { buyer: 'Buyer', seller: 'Seller', employer: 'Employer' },
    ...overrides,
  };
}

/** The element's shadow root, which every query of these tests goes through. */
export function inside(element: SignSession): ShadowRoot {
  return element.shadowRoot!;
}

/** A field's focusable control. */
export function control<T extends HTMLElement = HTMLInputElement>(
  element: SignSession,
  fieldId: string,
): T {
  const found = inside(element).getElementById(`field-${fieldId}`);
  if (!found) throw new Error(`No control for field ${fieldId}`);
  return found as T;
}

/** Waits until the element loaded its view (or failed) and rendered it. */
export async function loaded(element: SignSession): Promise<void> {
  await waitUntil(
    () => element.view.status === 'complete' || element.view.status === 'error',
    'the party view never loaded',
  );
  await element.updateComplete;
}

/** Types into an input as a person does: the value changes and `input` fires. */
export function typeInto(input: HTMLInputElement, value: string): void {
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** The button whose text is `label`, in the element. */
export function button(element: SignSession, label: string | RegExp): HTMLButtonElement {
  const found = [...inside(element).querySelectorAll('button')].find((candidate) =>
    typeof label === 'string'
      ? candidate.textContent?.trim() === label
      : label.test(candidate.textContent ?? ''),
  );
  if (!found) throw new Error(`No button ${String(label)}`);
  return found;
}
