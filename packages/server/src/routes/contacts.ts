import { Contact, ContactList, CreateContactRequest, UpdateContactRequest } from '@signport/core';
import type { App, AppContext } from '../app-context.js';
import { contactResource } from '../capabilities/contacts/contact-resource.js';
import { registerOnBehalfRoutes } from './on-behalf-routes.js';
import { createRouter } from './create-router.js';

export function contactRoutes(context: AppContext): App {
  const app = createRouter();
  registerOnBehalfRoutes(app, context, {
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
  return app;
}
