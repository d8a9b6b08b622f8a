import assert from 'node:assert/strict';
import { test } from 'node:test';
import { auditEventTypes, type AuditEvent } from '@signport/core';
import { describeEvent, type EventNames } from '../src/capabilities/sessions/describe-event.js';

const names: EventNames = {
  senderId: 'usr_bernie',
  roles: [
    { key: 'buyer', name: 'Buyer', order: 1 },
    { key: 'seller', name: 'Seller', order: 2 },
  ],
  parties: [
    { id: 'pty_bob', name: 'Bob Buyer', email: 'bob@example.com', role: 'buyer' },
    { id: 'pty_bernie', name: 'Bernie OfficeManager', email: 'bernie@example.com', role: 'seller' },
    { id: 'pty_visitor', name: '', email: '', role: 'buyer' },
  ],
  users: new Map([
    ['usr_bernie', { name: 'Bernie OfficeManager' }],
    ['usr_betty', { name: 'Betty Agent' }],
  ]),
};

type Case = [
  type: AuditEvent['type'],
  event: { partyId?: string; userId?: string; details?: Record<string, unknown> },
  expected: string,
];

// Every kind of event the server writes, in each of the ways it writes it.
const cases: Case[] = [
  ['created', { userId: 'usr_bernie' }, 'Bernie OfficeManager created the session'],
  [
    'created',
    { userId: 'usr_betty', details: { onBehalfOf: 'usr_bernie' } },
    'Betty Agent created the session for Bernie OfficeManager',
  ],
  [
    'created',
    { partyId: 'pty_visitor', details: { form: 'rental-application' } },
    'the Buyer started the session from web form rental-application',
  ],
  ['sent', { userId: 'usr_bernie' }, 'Bernie OfficeManager sent the session'],
  ['sent', { userId: 'usr_betty' }, 'Betty Agent sent the session for Bernie OfficeManager'],
  [
    'invited',
    { userId: 'usr_betty', partyId: 'pty_bob', details: { email: 'bob@example.com' } },
    'Betty Agent invited Bob Buyer - signing link emailed to bob@example.com',
  ],
  [
    'invited',
    { partyId: 'pty_bernie', details: { email: 'bernie@example.com' } },
    'Bernie OfficeManager was invited - signing link emailed to bernie@example.com',
  ],
  [
    'reminded',
    {
      userId: 'usr_betty',
      partyId: 'pty_bob',
      details: { email: 'bob@example.com', outcome: 'sent' },
    },
    'Betty Agent reminded Bob Buyer - signing link emailed to bob@example.com',
  ],
  [
    'reminded',
    { partyId: 'pty_bob', details: { email: 'bob@example.com', outcome: 'skipped_over_quota' } },
    'Bob Buyer was reminded - not sent: the sender has no email credits left',
  ],
  [
    'link_minted',
    { userId: 'usr_betty', partyId: 'pty_bob' },
    'Betty Agent minted a signing link for Bob Buyer',
  ],
  [
    'initialed_all',
    { partyId: 'pty_bob', details: { count: 12, fieldIds: [] } },
    'Bob Buyer initialed 12 initials fields at once with “Initial all”, after confirming',
  ],
  [
    'initialed_all',
    { partyId: 'pty_bob', details: { count: 1, fieldIds: [] } },
    'Bob Buyer initialed 1 initials field at once with “Initial all”, after confirming',
  ],
  [
    'resume_link_sent',
    { partyId: 'pty_bob', details: { email: 'bob@example.com' } },
    'A link to resume was emailed to Bob Buyer (bob@example.com)',
  ],
  ['viewed', { partyId: 'pty_bob' }, 'Bob Buyer viewed the document'],
  ['saved', { partyId: 'pty_bob' }, 'Bob Buyer saved their progress'],
  [
    'saved',
    { partyId: 'pty_bob', details: { contact: 'bob@example.com' } },
    'Bob Buyer entered their contact details',
  ],
  ['saved', { userId: 'usr_betty' }, 'Betty Agent filled in values'],
  [
    'consented',
    { partyId: 'pty_bob', details: { disclosureVersion: '2025-01' } },
    'Bob Buyer consented to sign electronically (disclosure 2025-01)',
  ],
  [
    'named_party',
    { partyId: 'pty_bob', details: { role: 'seller', emails: ['sue@example.com'] } },
    'Bob Buyer named the Seller: sue@example.com',
  ],
  [
    'named_party',
    { userId: 'usr_betty', details: { role: 'seller', emails: ['a@x.test', 'b@x.test'] } },
    'Betty Agent named the Seller: a@x.test, b@x.test',
  ],
  ['signed', { partyId: 'pty_bob' }, 'Bob Buyer signed as Buyer'],
  [
    'signed',
    { partyId: 'pty_bernie', userId: 'usr_bernie' },
    'Bernie OfficeManager signed as Seller',
  ],
  [
    'declined',
    { partyId: 'pty_bob', details: { reason: 'Price too high' } },
    'Bob Buyer declined to sign: Price too high',
  ],
  [
    'attached',
    { partyId: 'pty_bob', details: { filename: 'tax-return.pdf' } },
    'Bob Buyer attached tax-return.pdf',
  ],
  [
    'handed_off',
    { userId: 'usr_betty', details: { role: 'buyer', email: 'client@example.com' } },
    'Betty Agent handed the session off to client@example.com as Buyer',
  ],
  ['completed', {}, 'Every party signed; the document was sealed'],
  ['expired', { details: { reason: 'deadline' } }, 'The session expired'],
  ['expired', { details: { reason: 'abandoned' } }, 'The web form draft expired unfinished'],
  [
    'voided',
    { userId: 'usr_betty', details: { reason: 'Withdrawn' } },
    'Betty Agent voided the session: Withdrawn',
  ],
];

test('each kind of audit event says who did what to whom', () => {
  for (const [type, event, expected] of cases) {
    const described = describeEvent(
      {
        type,
        partyId: event.partyId ?? null,
        userId: event.userId ?? null,
        details: event.details ?? {},
      },
      names,
    );
    assert.equal(described, expected, `${type} ${JSON.stringify(event)}`);
  }
});

test('the cases above cover every kind of audit event', () => {
  const covered = new Set(cases.map(([type]) => type));
  assert.deepEqual(
    auditEventTypes.filter((type) => !covered.has(type)),
    [],
  );
});
