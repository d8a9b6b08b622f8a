import { Contact, ContactList, CreateContactRequest, UpdateContactRequest } from '@signport/core';
import type { App, AppContext } from '../app-context.js';
import { contactResource } from '../capabilities/contacts/contact-resource.js';
import { registerOnBehalfRoutes } from './on-behalf-routes.js';

export function registerContactRoutes(app: App, context: AppContext): void {
  registerOnBehalfRoutes(app, context, {
    path: '/v1/contacts',
    tag: 'Contacts',
    noun: 'contact',
    resource: contactResource,
    schemas: {
      create: CreateContactRequest,
      update: UpdateContactRequest,
      item: Contact,
      list: ContactList,
    },
  });
}
