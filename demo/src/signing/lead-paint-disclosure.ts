import { makeTaggedPdf } from '../../../packages/server/test/fixtures/make-tagged-agreement.js';

/**
 * The demo's second document: a lead-based paint disclosure sent with the purchase agreement as a
 * packet. A flat PDF whose fields are text tags: the seller states the known hazards, both parties
 * initial every page and sign on page 2.
 */
export const leadPaintDisclosure = {
  name: 'Lead-based paint disclosure',
  ownerExternalId: 'betty',
  roles: [
    { key: 'buyer', name: 'Buyer', order: 1 },
    { key: 'seller', name: 'Seller', order: 2 },
  ],
} as const;

// One tag a line: tags that share a line would run into each other.
const initials = [
  { x: 72, y: 84, text: 'Buyer: {{initials:buyer;name=buyer_disclosure_initials;page=all}}' },
  { x: 72, y: 52, text: 'Seller: {{initials:seller;name=seller_disclosure_initials;page=all}}' },
];
export function makeLeadPaintDisclosurePdf(): Promise<Uint8Array> {
  return makeTaggedPdf([
    [
      { x: 72, y: 720, text: 'Lead-Based Paint Disclosure', size: 18 },
      { x: 72, y: 690, text: 'Housing built before 1978 may contain lead-based paint.' },
      {
        x: 72,
        y: 640,
        text: 'Known lead hazards: {{text:seller;name=known_hazards;label=Known lead hazards;required;width=300}}',
      },
      ...initials,
    ],
    [
      { x: 72, y: 720, text: 'Acknowledgment', size: 14 },
      { x: 72, y: 600, text: 'Buyer:' },
      {
        x: 140,
        y: 600,
        text: '{{signature:buyer;name=buyer_disclosure_signature;label=Buyer disclosure signature}}',
      },
      { x: 72, y: 520, text: 'Seller:' },
      {
        x: 140,
        y: 520,
        text: '{{signature:seller;name=seller_disclosure_signature;label=Seller disclosure signature}}',
      },
    ],
  ]);
}
