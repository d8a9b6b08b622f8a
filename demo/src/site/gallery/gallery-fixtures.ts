import type {
  Me,
  PartyView,
  Template,
  PlanDefaults,
  SenderChoices,
  Session,
  SessionList,
  Workroom,
} from '@signport/core';

// Fixed answers for the gallery's fake API: the same names, dates and values on every run, so the
// screenshots only change when the elements do.

const AT = '2026-03-14T15:30:00.000Z';

export function partyView(status: 'ready' | 'completed' | 'declined', site: string): PartyView {
  return {
    session: {
      id: 'ses_gallery',
      status: status === 'declined' ? 'declined' : 'in_progress',
      templateName: 'Residential Purchase Agreement',
      sender: { name: 'Betty Agent', email: 'betty@shoreline.example', color: '#0f766e' },
      brokerage: 'Shoreline Realty',
      message: null,
      saveIncomplete: false,
    },
    party: {
      id: 'pty_buyer',
      role: 'buyer',
      name: 'Bea Buyer',
      email: 'bea@example.com',
      locale: null,
      status: status === 'ready' ? 'viewed' : status,
    },
    isMyTurn: status === 'ready',
    pages: [
      {
        number: 1,
        width: 612,
        height: 396,
        imageUrl: `${site}/gallery-api/page.svg`,
        text: 'Residential purchase agreement.',
      },
    ],
    fields: [
      {
        id: 'buyer_name',
        name: 'Buyer name',
        type: 'text',
        page: 1,
        rect: { x: 0.1, y: 0.35, width: 0.4, height: 0.06 },
        required: true,
        locked: false,
        value: 'Bea Buyer',
      },
      {
        id: 'buyer_signature',
        name: 'Buyer signature',
        type: 'signature',
        page: 1,
        rect: { x: 0.1, y: 0.7, width: 0.35, height: 0.12 },
        required: true,
        locked: false,
        value: null,
      },
    ],
    others: [],
    workroom: [
      { id: 'pty_buyer', role: 'buyer', roleName: 'Buyer', name: 'Bea Buyer', status: 'viewed' },
    ],
    consent: {
      version: '2024-01',
      text: 'You agree to use electronic records and signatures.',
      sha256: '0'.repeat(64),
      acceptedAt: AT,
    },
    rolesToName: [],
    roleNames: { buyer: 'Buyer' },
  } as PartyView;
}

export const workroom: Workroom = {
  session: {
    id: 'ses_gallery',
    status: 'in_progress',
    templateName: 'Residential Purchase Agreement',
    signingOrder: 'parallel',
    sender: { name: 'Betty Agent' },
    initiator: { name: 'Betty Agent' },
  },
  roles: [
    {
      key: 'buyer',
      name: 'Buyer',
      order: 1,
      parties: [
        {
          id: 'pty_buyer',
          name: 'Bea Buyer',
          email: 'bea@example.com',
          you: true,
          status: 'viewed',
          statusSince: AT,
          progress: { filled: 1, required: 2 },
        },
      ],
    },
    {
      key: 'seller',
      name: 'Seller',
      order: 1,
      parties: [
        {
          id: 'pty_seller',
          name: 'Sam Seller',
          email: 's***@e***.com',
          you: false,
          status: 'signed',
          statusSince: AT,
          progress: { filled: 3, required: 3 },
        },
      ],
    },
  ],
};

export const senderChoices: SenderChoices = {
  senders: [
    { user: person('betty', 'Betty Agent'), self: true, scopes: [] },
    { user: person('bernie', 'Bernie Broker'), self: false, scopes: ['send'] },
    { user: person('alice', 'Alice Lister'), self: false, scopes: ['send', 'templates'] },
  ],
};

export const planDefaults: PlanDefaults = {
  task: 'contact_assignee',
  email: 'rainmaker',
  sms: 'contact_assignee',
};

function person(id: string, name: string) {
  return { id: `usr_${id}`, externalId: id, name, email: `${id}@shoreline.example` };
}

function session(
  id: string,
  name: string,
  status: Session['status'],
  party: string,
  email = 'buyer@example.com',
): Session {
  const betty = person('betty', 'Betty Agent');
  return {
    id,
    templateId: 'tpl_gallery',
    templateName: name,
    mode: 'active',
    status,
    signingOrder: 'parallel',
    parties: [
      {
        id: `${id}_p1`,
        role: 'buyer',
        name: party,
        email,
        status: status === 'completed' ? 'completed' : 'invited',
        userId: null,
        invitedAt: AT,
        viewedAt: null,
        completedAt: status === 'completed' ? AT : null,
        declinedAt: null,
        declineReason: null,
        locale: null,
      },
    ],
    initiator: betty,
    sender: betty,
    message: null,
    createdAt: AT,
    updatedAt: AT,
    sentAt: AT,
    completedAt: status === 'completed' ? AT : null,
    expiresAt: null,
  } as Session;
}

export const sessionList: SessionList = {
  items: [
    session('ses_1', 'Residential Purchase Agreement', 'in_progress', 'Bea Buyer'),
    // Olivia's, as `<client-detail>` finds a client's sessions by their email address.
    session('ses_2', 'Listing Agreement', 'completed', 'Olivia Owner', 'olivia@client.example'),
    session('ses_3', 'Rental Application', 'sent', 'Rita Renter'),
  ],
  nextCursor: null,
};

export const emptySessionList: SessionList = { items: [], nextCursor: null };

/** A plain page image: a title and two ruled lines, drawn the same everywhere. */
export const pageSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 612 396" width="612" height="396">
<rect width="612" height="396" fill="#fff"/>
<rect x="61" y="40" width="300" height="14" fill="#c8ccd4"/>
<rect x="61" y="80" width="490" height="6" fill="#e3e6eb"/>
<rect x="61" y="96" width="430" height="6" fill="#e3e6eb"/>
<rect x="61" y="112" width="460" height="6" fill="#e3e6eb"/>
</svg>`;

export const me: Me = {
  user: {
    ...person('betty', 'Betty Agent'),
    branding: {},
    createdAt: AT,
    updatedAt: AT,
  },
  account: { id: 'acc_gallery', name: 'Shoreline Realty' },
} as Me;

export const templates: { items: Template[]; nextCursor: null } = {
  items: [
    {
      id: 'tpl_gallery',
      name: 'Residential Purchase Agreement',
      roles: [
        { key: 'buyer', name: 'Buyer', order: 1 },
        { key: 'seller', name: 'Seller', order: 2 },
      ],
      signingOrder: 'parallel',
      saveIncomplete: false,
      routing: {},
      fields: [
        {
          id: 'purchase_price',
          name: 'Purchase price',
          type: 'text',
          role: 'seller',
          page: 1,
          rect: { x: 0.1, y: 0.3, width: 0.3, height: 0.04 },
          required: true,
        },
      ],
      status: 'ready',
      progress: { pagesRendered: 1, pageCount: 1 },
      processingError: null,
      owner: person('betty', 'Betty Agent'),
      createdBy: person('betty', 'Betty Agent'),
      pages: [],
      form: null,
      createdAt: AT,
      updatedAt: AT,
    } as unknown as Template,
  ],
  nextCursor: null,
};
