import { addMessages } from '../base/messages.js';

const english = {
  clientsTitle: 'Clients',
  clientsSearch: 'Search',
  clientsSearchHint: 'Name or email',
  clientsType: 'Type',
  clientsStatus: 'Status',
  clientsAll: 'All',
  clientsBuyer: 'Buyer',
  clientsSeller: 'Seller',
  clientsOwner: 'Owner',
  clientsLandlord: 'Landlord',
  clientsTenant: 'Tenant',
  clientsActive: 'Active',
  clientsInactive: 'Inactive',
  clientsUnreadOne: '1 unread',
  clientsUnread: '{count} unread',
  clientsNoAssignee: 'Not assigned',
  clientsEmpty: 'No clients yet.',
  clientsNoMatch: 'No client matches these filters.',
  clientsPrevious: 'Previous page',
  clientsNext: 'Next page',
  clientsPage: 'Page {number}',
} as const;

export type ClientListMessages = typeof english;

declare module '../base/messages.js' {
  // Merges this element's keys into the shared catalogue's type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SignportMessages extends ClientListMessages {}
}

addMessages('en', english);
