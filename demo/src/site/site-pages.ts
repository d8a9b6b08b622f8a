/** One page of the demo site that hosts a Signport element. */
export interface ElementPage {
  path: string;
  label: string;
  /** The custom element this page embeds. */
  element: string;
  /** What a visitor does on the page, from the host's point of view. */
  summary: string;
}

export const elementPages: readonly ElementPage[] = [
  {
    path: '/sign',
    label: 'Sign a document',
    element: 'sign-session',
    summary: 'Fill in and sign a purchase agreement right here on the brokerage site.',
  },
  {
    path: '/apply',
    label: 'Rental application',
    element: 'sign-session',
    summary:
      'A public web form for visitors: apply, attach proof of income, save and resume, and name the co-applicant and the landlord who sign next.',
  },
  {
    path: '/templates',
    label: 'Templates',
    element: 'template-builder',
    summary:
      'As Alice, turn a flat PDF into a template: place its fields by mouse or keyboard, then send it from Compose.',
  },
  {
    path: '/send-on-behalf',
    label: 'Compose',
    element: 'session-composer',
    summary: 'As Betty, pick Bernie or Alice and send a document in their name.',
  },
  {
    path: '/dashboard',
    label: 'Dashboard',
    element: 'signing-dashboard',
    summary: 'Every session of everyone Betty works for, with its sender and initiator.',
  },
  {
    path: '/client-login',
    label: 'Client login',
    element: 'portal-access-setup',
    summary:
      'As Alice, give an owner a portal login and send the login email; the owner signs in on the client portal page.',
  },
  {
    path: '/clients',
    label: 'Clients',
    element: 'client-detail',
    summary:
      'As Alice, go through her clients: read and answer their messages, log calls, share documents in their portal.',
  },
  {
    path: '/tasks',
    label: 'My tasks',
    element: 'task-list',
    summary: 'The tasks the team plans give the logged-in agent: complete them, or undo.',
  },
  {
    path: '/team-plans',
    label: 'Team plans',
    element: 'plan-defaults',
    summary:
      'Choose who sends each step of the team plans, edit the plans and enrol contacts, and watch the credits.',
  },
];
