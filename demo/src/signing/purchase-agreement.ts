import type { TemplateRole } from '@signport/core/client';

/**
 * The demo's purchase agreement as a Signport template: who signs it in which order, which fields
 * belong to whom, and what the sender fixes for the parties. Shared by the seed and the site.
 */
export const purchaseAgreement = {
  name: 'Residential purchase agreement',
  /** The demo user who uploads the template and sends it. */
  ownerExternalId: 'betty',
  /** The buyer signs first; the seller is invited once the buyer has signed. */
  roles: [
    { key: 'buyer', name: 'Buyer', order: 1 },
    { key: 'seller', name: 'Seller', order: 2 },
  ] satisfies TemplateRole[],
  /** Set by the sender when sending; neither party can change them. */
  lockedFieldIds: ['property_address', 'property_city_state_zip', 'purchase_price'],
  /** The listing price the send form starts with. */
  defaultPrice: '452,500.00',
} as const;

/** The seller's fields carry the seller's prefix; everything else in the agreement is the buyer's. */
export function roleOfAgreementField(fieldId: string): 'buyer' | 'seller' {
  return fieldId.startsWith('seller_') ? 'seller' : 'buyer';
}

/** What the agent types in the send form. */
export interface AgreementDetails {
  buyerName: string;
  buyerEmail: string;
  sellerName: string;
  sellerEmail: string;
  propertyAddress: string;
  propertyCity: string;
  price: string;
  /** Agreed with the buyer over the phone before a hand-off; the buyer can still correct them. */
  earnestMoney?: string;
  closingDate?: string;
}

/** The send form's details as the template's prefilled values, by field id. */
export function agreementValues(details: AgreementDetails): Record<string, string> {
  return {
    buyer_name: details.buyerName,
    buyer_email: details.buyerEmail,
    seller_name: details.sellerName,
    seller_email: details.sellerEmail,
    property_address: details.propertyAddress,
    property_city_state_zip: details.propertyCity,
    purchase_price: details.price,
    ...(details.earnestMoney && { earnest_money: details.earnestMoney }),
    ...(details.closingDate && { closing_date: details.closingDate }),
  };
}
