import type {
  PortalAccessSettings,
  PortalActivityList,
  PortalDocumentList,
  PortalFeedbackList,
  PortalMe,
  PortalMessageList,
  PortalTokens,
  Template,
} from '@signport/core';

// Fixed answers for `<client-portal>`, `<portal-access-setup>` and `<template-builder>` in the
// gallery: same names and dates on every run.

const AT = '2026-03-14T15:30:00.000Z';
const EARLIER = '2026-03-10T09:00:00.000Z';

/**
 * Tokens valid for an hour after the gallery test's fixed today (see gallery.test.ts); a browser on
 * today's clock refreshes them every few seconds, which the fake API answers.
 */
export const portalTokens: PortalTokens = {
  accessToken: 'gallery-portal-access',
  accessTokenExpiresAt: '2026-03-16T13:00:00.000Z',
  refreshToken: 'gallery-portal-refresh',
};

export const portalMe: PortalMe = {
  client: { id: 'cli_olivia', name: 'Olivia Owner', type: 'owner' },
  profile: { id: 'lpr_olivia', username: 'olivia@example.com' },
  properties: [{ id: 'prop_1', address: '12 Maple Street' }],
  agent: { name: 'Betty Agent', email: 'betty@shoreline.example' },
  sections: ['documents', 'feedback', 'messages', 'activity'],
};

export function portalDocuments(site: string): PortalDocumentList {
  return {
    items: [
      {
        id: 'doc_1',
        name: 'Listing agreement.pdf',
        kind: 'signing',
        createdAt: AT,
        downloadUrl: `${site}/gallery-api/page.svg`,
      },
      {
        id: 'doc_2',
        name: 'Comparable sales.pdf',
        kind: 'file',
        createdAt: EARLIER,
        downloadUrl: `${site}/gallery-api/page.svg`,
      },
    ],
    nextCursor: null,
  };
}

export const portalFeedback: PortalFeedbackList = {
  items: [
    {
      id: 'fb_1',
      propertyId: 'prop_1',
      showingAt: AT,
      buyerName: 'Brenda',
      rating: 4,
      comments: 'Lovely garden.',
    },
  ],
  nextCursor: null,
};

export const portalMessages: PortalMessageList = {
  items: [
    {
      id: 'msg_2',
      from: 'agent',
      body: 'Two showings booked for Saturday.',
      createdAt: AT,
      readAt: null,
    },
    { id: 'msg_1', from: 'client', body: 'Any news this week?', createdAt: EARLIER, readAt: AT },
  ],
  nextCursor: null,
};

export const portalActivity: PortalActivityList = {
  items: [
    { id: 'act_1', at: AT, kind: 'showing', summary: 'Showing on Maple Street' },
    { id: 'act_2', at: EARLIER, kind: 'offer', summary: 'Offer received' },
  ],
  nextCursor: null,
};

export const portalAccess: PortalAccessSettings = {
  clientId: 'cli_olivia',
  loginProfileId: 'lpr_olivia',
  username: 'olivia@example.com',
  grants: ['documents', 'messages', 'activity'],
  buyerNameDisplay: 'first_name',
  state: 'invited',
  invitedAt: AT,
  activatedAt: null,
};

/** A one-page template with a field for each role, its page drawn by the gallery's own image. */
export function builderTemplate(site: string): Template {
  const betty = {
    id: 'usr_betty',
    externalId: 'betty',
    name: 'Betty Agent',
    email: 'betty@shoreline.example',
  };
  return {
    id: 'tpl_gallery',
    name: 'Residential Purchase Agreement',
    roles: [
      { key: 'buyer', name: 'Buyer', order: 1 },
      { key: 'seller', name: 'Seller', order: 2 },
    ],
    signingOrder: 'sequential',
    saveIncomplete: false,
    routing: {},
    fields: [
      {
        id: 'buyer_name',
        name: 'Buyer name',
        type: 'text',
        role: 'buyer',
        page: 1,
        rect: { x: 0.1, y: 0.35, width: 0.4, height: 0.06 },
        required: true,
        locked: false,
        private: false,
      },
      {
        id: 'seller_signature',
        name: 'Seller signature',
        type: 'signature',
        role: 'seller',
        page: 1,
        rect: { x: 0.1, y: 0.7, width: 0.35, height: 0.12 },
        required: true,
        locked: false,
        private: false,
      },
    ],
    status: 'ready',
    progress: { pagesRendered: 1, pageCount: 1 },
    processingError: null,
    owner: betty,
    createdBy: betty,
    pages: [{ number: 1, width: 612, height: 396, imageUrl: `${site}/gallery-api/page.svg` }],
    form: null,
    createdAt: AT,
    updatedAt: AT,
  };
}
