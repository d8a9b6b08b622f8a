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
    path: '/send-on-behalf',
    label: 'Send on behalf',
    element: 'sender-picker',
    summary: 'As Betty, pick Bernie or Alice and send a document in their name.',
  },
  {
    path: '/client-login',
    label: 'Client login',
    element: 'portal-access-setup',
    summary:
      'As Alice, give an owner a portal login and send the login email; the owner signs in on the client portal page.',
  },
  {
    path: '/team-plans',
    label: 'Team plans',
    element: 'plan-defaults',
    summary: 'Choose who sends each step of the team plans: the rainmaker or the contact assignee.',
  },
];
