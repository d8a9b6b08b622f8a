import type {
  ActivityList,
  Client,
  ClientDocumentList,
  ClientList,
  CommunicationList,
  Plan,
  PortalMessageList,
  Task,
  TaskList,
  UsageReport,
} from '@signport/core';

// Fixed answers for the agent's workspace elements in the gallery (`<client-list>`,
// `<client-detail>`, `<task-list>`, `<plan-editor>`, `<usage-meter>`): same names and dates on
// every run, so the screenshots only change when the elements do.

const AT = '2026-03-14T15:30:00.000Z';
const EARLIER = '2026-03-10T09:00:00.000Z';

function person(id: string, name: string) {
  return { id: `usr_${id}`, externalId: id, name, email: `${id}@shoreline.example` };
}
const betty = person('betty', 'Betty Agent');
const alice = person('alice', 'Alice Lister');
const bernie = person('bernie', 'Bernie Broker');

function client(id: string, name: string, fields: Partial<Client>): Client {
  return {
    id,
    name,
    email: `${id.replace('cli_', '')}@client.example`,
    phone: null,
    type: 'buyer',
    status: 'active',
    assignedAgent: betty,
    propertyIds: [],
    hasPortalAccess: false,
    unreadMessages: 0,
    locale: null,
    createdAt: AT,
    updatedAt: AT,
    ...fields,
  };
}

export const olivia = client('cli_olivia', 'Olivia Owner', {
  type: 'owner',
  phone: '+1 555 0100',
  hasPortalAccess: true,
  unreadMessages: 1,
});

export const clientList: ClientList = {
  items: [
    olivia,
    client('cli_ben', 'Ben Buyer', { assignedAgent: alice }),
    client('cli_carla', 'Carla Tenant', { type: 'tenant', status: 'inactive', email: null }),
  ],
  nextCursor: null,
};

export const clientMessages: PortalMessageList = {
  items: [
    {
      id: 'msg_2',
      from: 'client',
      body: 'Can we move Saturday’s showing to 2 pm?',
      createdAt: AT,
      readAt: null,
    },
    {
      id: 'msg_1',
      from: 'agent',
      body: 'Welcome to your portal, Olivia.',
      createdAt: EARLIER,
      readAt: AT,
    },
  ],
  nextCursor: null,
};

export const clientLog: CommunicationList = {
  items: [
    {
      id: 'com_2',
      kind: 'email',
      summary: 'Sent the listing agreement',
      body: null,
      occurredAt: AT,
      source: 'host',
      createdAt: AT,
    },
    {
      id: 'com_1',
      kind: 'call',
      summary: 'Discussed the asking price',
      body: null,
      occurredAt: EARLIER,
      source: 'agent',
      createdAt: EARLIER,
    },
  ],
  nextCursor: null,
};

export const clientActivity: ActivityList = {
  items: [
    {
      id: 'act_1',
      kind: 'showing',
      summary: 'Showing with the Parkers',
      occurredAt: AT,
      source: 'host',
      createdAt: AT,
    },
  ],
  nextCursor: null,
};

export const clientDocuments: ClientDocumentList = {
  items: [
    {
      id: 'doc_1',
      name: 'Listing agreement.pdf',
      contentType: 'application/pdf',
      size: 182_000,
      kind: 'file',
      accessible: true,
      createdAt: AT,
      updatedAt: AT,
    },
    {
      id: 'doc_2',
      name: 'Comparable sales.pdf',
      contentType: 'application/pdf',
      size: 96_000,
      kind: 'file',
      accessible: false,
      createdAt: EARLIER,
      updatedAt: EARLIER,
    },
  ],
  nextCursor: null,
};

function task(id: string, fields: Partial<Task>): Task {
  return {
    id,
    assignee: betty,
    contactId: 'con_olivia',
    contactName: 'Olivia Owner',
    title: 'Task',
    notes: null,
    reason: 'plan_task',
    planId: 'plan_gallery',
    dueAt: AT,
    completedAt: null,
    createdAt: EARLIER,
    ...fields,
  };
}

export const taskPage: TaskList = {
  items: [
    task('tsk_1', { title: 'Call Olivia about the price', dueAt: EARLIER }),
    task('tsk_2', {
      title: 'Text Ben: Checking in!',
      reason: 'no_sms_credits',
      contactId: 'con_ben',
      contactName: 'Ben Buyer',
    }),
    task('tsk_3', { title: 'Send the CMA', contactId: null, contactName: null, planId: null }),
  ],
  nextCursor: null,
};

export const plan: Plan = {
  id: 'plan_gallery',
  teamId: 'team_gallery',
  name: 'New buyer lead',
  steps: [
    {
      id: 'stp_1',
      position: 0,
      type: 'email',
      delayMinutes: 0,
      assignee: null,
      subject: 'Welcome, {{contact.first_name}}',
      body: 'Hello from {{agent.name}}.',
    },
    {
      id: 'stp_2',
      position: 1,
      type: 'task',
      delayMinutes: 2880,
      assignee: null,
      title: 'Call {{contact.name}}',
    },
  ],
  pauseOnReply: true,
  createdAt: EARLIER,
  updatedAt: AT,
} as Plan;

export const teamContacts = {
  items: [
    { id: 'con_olivia', name: 'Olivia Owner' },
    { id: 'con_ben', name: 'Ben Buyer' },
  ].map((contact) => ({
    ...contact,
    teamId: 'team_gallery',
    email: null,
    phone: null,
    assigneeId: null,
    createdAt: AT,
  })),
};

export const usage: UsageReport = {
  month: '2026-03',
  agents: [
    {
      agent: betty,
      email: { used: 120, limit: 5000, remaining: 4880 },
      sms: { subscribed: false, used: 0, remaining: 0 },
    },
    {
      agent: alice,
      email: { used: 4100, limit: 5000, remaining: 900 },
      sms: { subscribed: true, used: 10, remaining: 90 },
    },
    {
      agent: bernie,
      email: { used: 0, limit: 5000, remaining: 5000 },
      sms: { subscribed: true, used: 96, remaining: 4 },
    },
  ],
};
