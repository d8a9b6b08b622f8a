import type { ClientStatus, ClientType } from '@signport/core/client';
import type { PlainMessageKey } from '../base/messages.js';
import './client-list.messages.js';

/** The client types and statuses with their labels, shared by the list and the detail. */
export const clientTypeLabels: Record<ClientType, PlainMessageKey> = {
  buyer: 'clientsBuyer',
  seller: 'clientsSeller',
  owner: 'clientsOwner',
  landlord: 'clientsLandlord',
  tenant: 'clientsTenant',
};

export const clientStatusLabels: Record<ClientStatus, PlainMessageKey> = {
  active: 'clientsActive',
  inactive: 'clientsInactive',
};
