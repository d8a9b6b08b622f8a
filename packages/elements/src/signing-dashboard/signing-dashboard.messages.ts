import { addMessages } from '../base/messages.js';

const english = {
  dashboardTitle: 'Signing sessions',
  dashboardSearch: 'Search',
  dashboardSearchHint: 'Document, party name or email',
  dashboardStatus: 'Status',
  dashboardAll: 'All',
  dashboardRefresh: 'Refresh',
  dashboardDocument: 'Document',
  dashboardParties: 'Parties',
  dashboardSender: 'Sender',
  dashboardInitiator: 'Initiator',
  dashboardCreated: 'Created',
  dashboardEmpty: 'No signing sessions yet.',
  dashboardNoMatch: 'No sessions match these filters.',
  dashboardPrevious: 'Previous',
  dashboardNext: 'Next',
  dashboardPages: 'Pages',
  dashboardDraft: 'Draft',
  dashboardSent: 'Sent',
  dashboardInProgress: 'In progress',
  dashboardCompleted: 'Completed',
  dashboardDeclined: 'Declined',
  dashboardExpired: 'Expired',
  dashboardVoided: 'Voided',
} as const;

export type SigningDashboardMessages = typeof english;

declare module '../base/messages.js' {
  // Merges this element's keys into the shared catalogue's type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SignportMessages extends SigningDashboardMessages {}
}

addMessages('en', english);
