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
  dashboardActions: 'Actions',
  dashboardCreatedOn: 'Created {date}',
  dashboardOnBehalf: 'sent by {name}',
  dashboardSignedCount: '{signed} of {count} signed',
  dashboardDetails: 'Details',
  dashboardDownload: 'Download PDF',
  dashboardRemind: 'Remind',
  dashboardVoid: 'Void',
  dashboardReminded: 'Reminder sent to {count} on {document}.',
  dashboardVoidTitle: 'Void “{document}”?',
  dashboardVoidBody:
    'Every signing link stops working at once and the parties are told by email. This cannot be undone.',
  dashboardVoidReason: 'Reason (optional, shown to the parties)',
  dashboardVoidConfirm: 'Void the session',
  dashboardCancel: 'Keep it',
  dashboardVoidDone: '“{document}” was voided.',
  dashboardParty_waiting: 'Waiting',
  dashboardParty_invited: 'Invited',
  dashboardParty_viewed: 'Opened',
  dashboardParty_completed: 'Signed',
  dashboardParty_declined: 'Declined',
  dashboardInvitedAt: 'invited {date}',
  dashboardCompletedAt: 'signed {date}',
  dashboardDeclinedAt: 'declined {date}',
} as const;

export type SigningDashboardMessages = typeof english;

declare module '../base/messages.js' {
  // Merges this element's keys into the shared catalogue's type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SignportMessages extends SigningDashboardMessages {}
}

addMessages('en', english);
