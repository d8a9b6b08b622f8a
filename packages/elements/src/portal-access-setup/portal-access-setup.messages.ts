import { addMessages } from '../base/messages.js';

// `{name}`-style placeholders are filled where the text is used.
const english = {
  accessTitle: 'Client portal access',
  accessProfile: 'Login profile',
  accessProfileNew: 'Create a new login',
  accessProfileExisting: 'Use an existing login',
  accessProfileChoose: 'Existing login',
  accessLogin: 'Login: {username}',
  accessUsername: 'Username',
  accessUsernameHint: "Leave empty to use the client's email address.",
  accessGrants: 'Grant access to',
  grantDocuments: 'Shared documents',
  grantFeedback: 'Feedback report',
  grantShowings: 'Showings',
  grantOffers: 'Offers',
  grantMessages: 'Messages',
  grantActivity: 'Activity feed',
  grantSignings: 'Completed signings',
  accessBuyerNames: "Prospective buyers' names",
  buyerFirstName: 'First name only',
  buyerFullName: 'Full name',
  buyerHidden: 'Hidden',
  accessSave: 'Save',
  accessSaving: 'Saving…',
  accessSaved: 'Saved.',
  accessInvite: 'Send Login Email',
  accessInviting: 'Sending…',
  accessInvited: 'Login email sent to {sentTo}. The link works once, until {expiresAt}.',
  accessStateNotInvited: 'Not invited yet.',
  accessStateInvited: 'Invited on {date}; not activated yet.',
  accessStateActive: 'Active since {date}.',
} as const;

export type PortalAccessSetupMessages = typeof english;

declare module '../base/messages.js' {
  // Merges this element's keys into the shared catalogue's type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SignportMessages extends PortalAccessSetupMessages {}
}

addMessages('en', english);
