/**
 * Request and response examples of the operations a host backend calls most, by `operationId`,
 * added to the document's JSON bodies. Redocly's `no-invalid-media-type-examples` checks them
 * against the schemas (test/openapi-lint.test.ts), so they stay true.
 */
export interface OperationExample {
  request?: unknown;
  responses?: Record<number, unknown>;
}

const at = '2030-01-15T10:00:00.000Z';
const user = {
  id: 'usr_a308dba10f53cdb163ae2dbc0a419a7e',
  externalId: 'agent-42',
  name: 'Jane Agent',
  email: 'jane@realty.example',
};
const party = (id: string, role: string, name: string, email: string) => ({
  id,
  role,
  name,
  email,
  status: 'invited',
  locale: 'en',
  userId: null,
  invitedAt: at,
  viewedAt: null,
  completedAt: null,
  declinedAt: null,
  declineReason: null,
});
const session = {
  id: 'ses_fd4ed14c449141502350cc548c86c0d4',
  templateId: 'tpl_d1cd050eeb0c455adcbf6a2d08ed8585',
  templateName: 'Residential Purchase Agreement',
  mode: 'active',
  status: 'sent',
  signingOrder: 'parallel',
  parties: [
    party('pty_853d3d4d009d53dc64ff56484c4806f2', 'buyer', 'Bob Buyer', 'bob@example.com'),
    party('pty_d87e8e1a480f074b2cbab0240d7bb1b7', 'seller', 'Sue Seller', 'sue@example.com'),
  ],
  initiator: user,
  sender: user,
  message: { body: 'Please review the agreement we discussed.' },
  createdAt: at,
  updatedAt: at,
  sentAt: at,
  completedAt: null,
  expiresAt: null,
};
const validationError = {
  error: {
    code: 'validation_failed',
    message: 'parties.0.email: Enter a valid email address',
    field: 'parties.0.email',
  },
};

export const operationExamples: Record<string, OperationExample> = {
  upsertUser: {
    request: { name: 'Jane Agent', email: 'jane@realty.example', locale: 'fr' },
    responses: { 201: { ...user, branding: {}, locale: 'fr', createdAt: at, updatedAt: at } },
  },
  createEmbedToken: {
    request: { externalId: 'agent-42' },
    responses: {
      201: {
        token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c3JfYTMwOCJ9.sig',
        expiresAt: '2030-01-15T10:15:00.000Z',
      },
    },
  },
  createSession: {
    request: {
      templateId: session.templateId,
      parties: [
        { role: 'buyer', name: 'Bob Buyer', email: 'bob@example.com' },
        { role: 'seller', name: 'Sue Seller', email: 'sue@example.com' },
      ],
      values: { property_address: '1428 Elm Street, Unit 3B' },
      message: { body: 'Please review the agreement we discussed.' },
      send: true,
    },
    responses: { 201: session, 400: validationError },
  },
  getSession: {
    responses: {
      200: {
        ...session,
        documents: [
          {
            number: 1,
            templateId: session.templateId,
            name: session.templateName,
            firstPage: 1,
            pageCount: 4,
          },
        ],
        values: [{ fieldId: 'property_address', partyId: null, value: '1428 Elm Street, Unit 3B' }],
      },
    },
  },
  listSessions: { responses: { 200: { items: [session], nextCursor: null } } },
  createPartyLink: {
    responses: {
      201: {
        token: 'VOna3FIEb3vz9fQLwKPAoI5-wiCd2TbWDrZUYkaVUqg',
        url: 'https://sign.example.com/s/VOna3FIEb3vz9fQLwKPAoI5-wiCd2TbWDrZUYkaVUqg',
        expiresAt: '2030-02-14T10:00:00.000Z',
      },
    },
  },
  voidSession: {
    request: { reason: 'The buyer withdrew the offer' },
  },
  createWebhookEndpoint: {
    request: {
      url: 'https://api.example.com/signport/webhooks',
      description: 'CRM sync',
      eventTypes: ['session.completed', 'party.declined'],
    },
    responses: {
      201: {
        id: 'whe_5c0f3b1e9d2a4c7f8e6b0a1d2c3e4f50',
        url: 'https://api.example.com/signport/webhooks',
        description: 'CRM sync',
        eventTypes: ['session.completed', 'party.declined'],
        enabled: true,
        createdAt: at,
        updatedAt: at,
        secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw+lF1yJpX0VQ=',
      },
    },
  },
  savePartyValues: {
    request: { values: { buyer_name: 'Bob Buyer', financing_conventional: true } },
  },
  completeParty: {
    request: {
      consent: { accepted: true, disclosureVersion: '2030-01' },
      signatures: { buyer_signature: 'data:image/png;base64,iVBORw0KGgo…' },
      values: { buyer_email: 'bob@example.com' },
    },
  },
  declineParty: { request: { reason: 'The price is wrong' } },
  createClient: {
    request: {
      name: 'Olive Owner',
      type: 'owner',
      email: 'olive@example.com',
      assignedAgentId: user.id,
      locale: 'es',
    },
  },
};
