import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fieldTypes, partyProgress, type ProgressField, type ValueEntry } from '../src/index.js';
import { combinations, tinyPng } from './helpers.js';

const buyer = { id: 'pty_b1', role: 'buyer' };

function field(id: string, overrides: Partial<ProgressField> = {}): ProgressField {
  return { id, role: 'buyer', type: 'text', required: true, locked: false, ...overrides };
}

test('counts exactly the required, unlocked fields of the party’s role, never date-signed ones', () => {
  for (const [type, required, locked, role] of combinations(
    fieldTypes,
    [true, false],
    [true, false],
    ['buyer', 'seller'],
  )) {
    const counted = required && !locked && role === 'buyer' && type !== 'date_signed';
    assert.deepEqual(
      partyProgress(buyer, [field('f', { type, required, locked, role })], []),
      { filled: 0, required: counted ? 1 : 0 },
      `${type} required=${required} locked=${locked} role=${role}`,
    );
  }
});

test('the demo’s buyer: three locked prefilled fields neither count as done nor to do', () => {
  const fields = [
    field('property_address', { locked: true }),
    field('property_city', { locked: true }),
    field('purchase_price', { locked: true }),
    field('buyer_name'),
    field('earnest_money'),
    field('closing_date', { type: 'date' }),
    field('possession', { type: 'radio' }),
    field('buyer_initials_p1', { type: 'initials' }),
    field('buyer_signature', { type: 'signature' }),
    field('agree', { type: 'checkbox' }),
    field('buyer_sign_date', { type: 'date_signed' }),
  ];
  const entries: ValueEntry[] = [
    { fieldId: 'property_address', partyId: null, value: '1428 Elm Street' },
    { fieldId: 'property_city', partyId: null, value: 'Springfield' },
    { fieldId: 'purchase_price', partyId: null, value: '452,500.00' },
    { fieldId: 'buyer_name', partyId: null, value: 'Zoë Brontë' },
  ];
  assert.deepEqual(partyProgress(buyer, fields, entries), { filled: 1, required: 7 });
});

test('a value counts only when it fulfils its type, per party for signatures', () => {
  const fields = [
    field('agree', { type: 'checkbox' }),
    field('sig', { type: 'signature' }),
    field('name'),
  ];
  const entries: ValueEntry[] = [
    { fieldId: 'agree', partyId: null, value: false },
    // The other buyer's signature is theirs, not this buyer's.
    { fieldId: 'sig', partyId: 'pty_b2', value: tinyPng },
    { fieldId: 'name', partyId: null, value: '   ' },
  ];
  assert.deepEqual(partyProgress(buyer, fields, entries), { filled: 0, required: 3 });
  const done: ValueEntry[] = [
    { fieldId: 'agree', partyId: null, value: true },
    { fieldId: 'sig', partyId: buyer.id, value: tinyPng },
    { fieldId: 'name', partyId: null, value: 'Bea' },
  ];
  assert.deepEqual(partyProgress(buyer, fields, done), { filled: 3, required: 3 });
});

test('a default shown in the field counts as filled until a value replaces it', () => {
  const fields = [field('county', { default: 'Cook' })];
  assert.deepEqual(partyProgress(buyer, fields, []), { filled: 1, required: 1 });
  assert.deepEqual(
    partyProgress(buyer, fields, [{ fieldId: 'county', partyId: null, value: 'Lake' }]),
    { filled: 1, required: 1 },
  );
});
