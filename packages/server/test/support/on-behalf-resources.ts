import { clauses, contacts, instructions } from '../../src/platform/db/schema/index.js';
import type { DelegationScope } from '@signport/core';

/** Each on-behalf resource with a valid body, a change, and a body its schema refuses. */
export const onBehalfResources = [
  {
    path: '/v1/contacts',
    scope: 'contacts',
    table: contacts,
    create: { name: 'Dana Buyer', email: 'Dana@Example.test', phone: '+1 555 0100' },
    patch: { phone: null, notes: 'Prefers email' },
    invalid: { name: 'Dana', email: 'not-an-email' },
    invalidField: 'email',
  },
  {
    path: '/v1/instructions',
    scope: 'instructions',
    table: instructions,
    create: { title: 'Listing agreement', body: 'Please review and sign by Friday.' },
    patch: { body: 'Please review and sign by Monday.' },
    invalid: { title: 'No body' },
    invalidField: 'body',
  },
  {
    path: '/v1/clauses',
    scope: 'clauses',
    table: clauses,
    create: { title: 'Inspection contingency', text: 'This offer is contingent on inspection.' },
    patch: { title: 'Home inspection contingency' },
    invalid: { title: '', text: 'x' },
    invalidField: 'title',
  },
] as const satisfies readonly {
  path: string;
  scope: DelegationScope;
  table: typeof contacts | typeof instructions | typeof clauses;
  create: object;
  patch: object;
  invalid: object;
  invalidField: string;
}[];
