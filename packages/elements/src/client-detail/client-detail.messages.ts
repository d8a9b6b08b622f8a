import { addMessages } from '../base/messages.js';

const english = {
  detailViewPortal: 'View portal',
  detailNoPortal: 'No portal access yet',
  detailUnreadOne: '1 unread',
  detailUnread: '{count} unread',
  detailAssignee: 'Assigned to',
  // Its own message, so each language punctuates it (French puts a space before the colon).
  detailAssignedTo: 'Assigned to: {name}',
  detailNoAssignee: 'Not assigned',
  detailEdit: 'Type, status and assignee',
  detailSave: 'Save changes',
  detailSaving: 'Saving…',
  detailSaved: 'Changes saved.',
  detailInactiveWarning:
    'Setting {name} inactive turns off their portal at once: they are signed out and cannot send messages.',
  detailInactiveSaved: 'Saved. {name} is inactive: their portal access is turned off.',
  detailMessages: 'Messages',
  detailNoMessages: 'No messages yet.',
  detailFromClient: '{name}',
  detailFromAgent: 'You',
  detailNew: 'New',
  detailMarkRead: 'Mark as read',
  detailReply: 'Reply to {name}',
  detailSend: 'Send',
  detailSending: 'Sending…',
  detailSent: 'Message sent.',
  detailLog: 'Communication log',
  detailLogFilter: 'Show',
  detailAllKinds: 'Everything',
  detailKindMessage: 'Message',
  detailKindCall: 'Call',
  detailKindEmail: 'Email',
  detailKindSearch: 'Sent search',
  detailKindCma: 'CMA',
  detailKindForm: 'Form',
  detailKindNote: 'Note',
  detailLogEmpty: 'Nothing logged yet.',
  detailLogNoMatch: 'Nothing of this kind.',
  detailLogAdd: 'Log a call, note, search or CMA',
  detailLogKind: 'What',
  detailLogDate: 'Date',
  detailLogSummary: 'Summary',
  detailLogDetails: 'Details (optional)',
  detailLogSave: 'Add to log',
  detailLogSaved: 'Added to the log.',
  detailLogPrivate: 'Notes stay private; everything else also shows in the client’s portal.',
  detailActivity: 'Activity',
  detailActivityEmpty: 'No activity yet.',
  detailActivityShowing: 'Showing',
  detailActivityOffer: 'Offer',
  detailActivityDocument: 'Document',
  detailActivitySigning: 'Signing',
  detailDocuments: 'Shared documents',
  detailDocumentsHint: 'Ticked documents show in the client’s portal.',
  detailDocumentsEmpty: 'No documents yet.',
  detailShownInPortal: 'Show {name} in the portal',
  detailSessions: 'Signing sessions',
  detailSessionsEmpty: 'No signing sessions with this client.',
  detailSessionsNoEmail: 'Add an email address to find this client’s signing sessions.',
  detailSessionDraft: 'Draft',
  detailSessionSent: 'Sent',
  detailSessionInProgress: 'In progress',
  detailSessionCompleted: 'Completed',
  detailSessionDeclined: 'Declined',
  detailSessionExpired: 'Expired',
  detailSessionVoided: 'Voided',
} as const;

export type ClientDetailMessages = typeof english;

declare module '../base/messages.js' {
  // Merges this element's keys into the shared catalogue's type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SignportMessages extends ClientDetailMessages {}
}

addMessages('en', english);
