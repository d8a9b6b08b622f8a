import type { Contact } from '@signport/core';
import { contacts } from '../../platform/db/schema/index.js';
import { ownershipOf, type OwnedResource } from '../delegations/on-behalf/owned-resource.js';

/** Contacts: managed for a principal with the `contacts` scope. */
export const contactResource: OwnedResource<typeof contacts, Contact> = {
  table: contacts,
  scope: 'contacts',
  idPrefix: 'con',
  noun: 'contact',
  toResponse: (row, people) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    notes: row.notes,
    ...ownershipOf(row, people),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }),
};
