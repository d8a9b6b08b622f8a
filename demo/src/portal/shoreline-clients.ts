import type { ClientType } from '@signport/core';

/** A client of the demo, always assigned to `agent` (an external id of a demo user). */
export interface DemoClient {
  name: string;
  email: string;
  /** E.164: a text she sends back lands in her message thread. */
  phone?: string;
  type: ClientType;
  agent: string;
}

/** The owner who follows her listing in the portal. */
export const olivia: DemoClient = {
  name: 'Olivia Owner',
  email: 'olivia.owner@example.com',
  phone: '+15550104242',
  type: 'owner',
  agent: 'alice',
};

/** A buyer Alice works with: a second row in her client list, without a login yet. */
export const ben: DemoClient = {
  name: 'Ben Buyer',
  email: 'ben.buyer@example.com',
  type: 'buyer',
  agent: 'alice',
};

/** Olivia's house, listed by Alice. */
export const listedProperty = {
  address: '27 Dune Road, Shoreline, CA 93001',
  reference: 'MLS-48213',
  price: '$1,250,000',
};

const daysAgo = (days: number, hour = 15) => {
  const date = new Date(Date.now() - days * 86_400_000);
  date.setUTCHours(hour, 0, 0, 0);
  return date.toISOString();
};

/** Feedback from showings, with the buyers' full names as the agent entered them. */
export const showingFeedback = () => [
  {
    buyerName: 'Priya Raman',
    comments: 'Loved the light in the kitchen and the view of the dunes.',
    rating: 5,
    showingAt: daysAgo(6),
  },
  {
    buyerName: 'Marcus Webb',
    comments: 'Great location; the second bathroom needs updating.',
    rating: 3,
    showingAt: daysAgo(4),
  },
  {
    buyerName: 'Hannah Lindqvist',
    comments: 'Would like to see it again with a contractor.',
    rating: 4,
    showingAt: daysAgo(2),
  },
];

/** The owner's communication log: what Alice sent and discussed. */
export const oliviaCommunications = () => [
  {
    kind: 'call' as const,
    summary: 'Call about the list price',
    body: 'Agreed to list at $1,250,000.',
    occurredAt: daysAgo(12, 17),
  },
  {
    kind: 'cma' as const,
    summary: 'Sent the comparative market analysis',
    body: 'Three comparable sales on Dune Road.',
    occurredAt: daysAgo(11),
  },
  {
    kind: 'form' as const,
    summary: "Sent the seller's disclosure form",
    occurredAt: daysAgo(9),
  },
];

/** The owner's activity feed. */
export const oliviaActivity = () => [
  { kind: 'listed', summary: 'Listed on the MLS at $1,250,000', occurredAt: daysAgo(8, 9) },
  { kind: 'showing', summary: 'Showing with a prospective buyer', occurredAt: daysAgo(6) },
  { kind: 'open_house', summary: 'Open house: 14 visitors', occurredAt: daysAgo(3, 13) },
];

export const listingAgreementName = 'Listing agreement - 27 Dune Road.pdf';
