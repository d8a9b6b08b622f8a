/** The people of Shoreline Realty: the host's own users, mirrored into Signport by external id. */
export interface DemoUser {
  externalId: string;
  name: string;
  email: string;
  /** Job title shown by the demo site. */
  title: string;
  /** What this person does in the demo, shown on the home page. */
  role: string;
  initials: string;
  color: string;
  signatureBlock: string;
}

const betty: DemoUser = {
  externalId: 'betty',
  name: 'Betty Agent',
  email: 'betty@shoreline-realty.example',
  title: 'Assistant',
  role: 'Works for Bernie and Alice: prepares documents and sends them on their behalf.',
  initials: 'BA',
  color: '#0f766e',
  signatureBlock: 'Betty Agent\nAssistant · Shoreline Realty\n(555) 010-2001',
};

export const demoUsers: readonly DemoUser[] = [
  betty,
  {
    externalId: 'bernie',
    name: 'Bernie OfficeManager',
    email: 'bernie@shoreline-realty.example',
    title: 'Office manager',
    role: 'Runs the office and its team plans; Betty sends documents in his name.',
    initials: 'BO',
    color: '#1e3a8a',
    signatureBlock: 'Bernie OfficeManager\nOffice Manager · Shoreline Realty\n(555) 010-2000',
  },
  {
    externalId: 'alice',
    name: 'Alice Agent',
    email: 'alice@shoreline-realty.example',
    title: 'Listing agent',
    role: 'Lists homes and works with buyers and sellers; Betty sends documents in her name.',
    initials: 'AA',
    color: '#b45309',
    signatureBlock: 'Alice Agent\nListing Agent · Shoreline Realty\n(555) 010-2002',
  },
];

/** Betty is assistant to both others; the seed gives her these principals. */
export const demoDelegations = [
  { assistant: 'betty', principal: 'bernie' },
  { assistant: 'betty', principal: 'alice' },
] as const;

/** Who a visitor is before choosing anyone in the user switcher. */
export const defaultDemoUser = betty;

export function findDemoUser(externalId: string | undefined): DemoUser | undefined {
  return demoUsers.find((user) => user.externalId === externalId);
}

/** A person as the demo names them: "Betty Agent — assistant". */
export function personWithRole(user: DemoUser): string {
  return `${user.name} — ${user.title.toLowerCase()}`;
}
