import { addMessages } from '../base/messages.js';

// `{name}`-style placeholders are filled where the text is used.
const english = {
  portalGreeting: 'Welcome, {name}',
  portalAgent: 'Your agent: {name}',
  portalSignOut: 'Sign out',
  portalSignedOut: 'You have been signed out.',
  portalSections: 'Portal sections',
  portalNothingShared: 'Nothing has been shared with you yet.',
  tabDocuments: 'Documents',
  tabFeedback: 'Feedback',
  tabMessages: 'Messages',
  tabActivity: 'Activity',
  documentsEmpty: 'No documents have been shared with you yet.',
  documentSigned: 'Signed document',
  feedbackCaption: 'Feedback from showings',
  feedbackDate: 'Showing',
  feedbackBuyer: 'Buyer',
  feedbackRating: 'Rating',
  feedbackComments: 'Comments',
  feedbackRatingValue: '{rating} of 5',
  feedbackEmpty: 'No feedback from showings yet.',
  messagesEmpty: 'No messages yet.',
  messagesYou: 'You',
  messagesAgent: 'Your agent',
  messagesLabel: 'Message to your agent',
  messagesSend: 'Send',
  messagesSending: 'Sending…',
  activityPeriod: 'Period',
  activityDays: 'Last {days} days',
  activityEmpty: 'No activity in this period.',
} as const;

export type ClientPortalMessages = typeof english;

declare module '../base/messages.js' {
  // Merges this element's keys into the shared catalogue's type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SignportMessages extends ClientPortalMessages {}
}

addMessages('en', english);
