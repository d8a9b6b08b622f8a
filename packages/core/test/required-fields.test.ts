import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  fieldTypes,
  isValuePresent,
  missingRequiredFields,
  nextRequiredField,
  type FieldType,
  type FieldValue,
  type RequiredCheckField,
  type ValueEntry,
} from '../src/index.js';
import { tinyPng } from './helpers.js';

const values: Record<string, FieldValue | undefined> = {
  absent: undefined,
  null: null,
  empty: '',
  blank: '   ',
  text: 'x',
  zero: 0,
  number: 7,
  true: true,
  false: false,
  png: tinyPng,
  notPng: 'data:image/png;base64,AAAA',
};

// What counts as "filled" per type; date_signed is filled by the server, so never missing.
const present: Record<FieldType, string[]> = {
  signature: ['png'],
  initials: ['png'],
  checkbox: ['true'],
  date_signed: Object.keys(values),
  text: ['text', 'zero', 'number', 'true', 'false', 'png', 'notPng'],
  date: ['text', 'zero', 'number', 'true', 'false', 'png', 'notPng'],
  radio: ['text', 'zero', 'number', 'true', 'false', 'png', 'notPng'],
  select: ['text', 'zero', 'number', 'true', 'false', 'png', 'notPng'],
  number: ['text', 'zero', 'number', 'true', 'false', 'png', 'notPng'],
  email: ['text', 'zero', 'number', 'true', 'false', 'png', 'notPng'],
  attachment: ['text', 'zero', 'number', 'true', 'false', 'png', 'notPng'],
};

for (const type of fieldTypes) {
  test(`a required ${type} field is fulfilled by exactly its kind of value`, () => {
    for (const [name, value] of Object.entries(values)) {
      assert.equal(
        isValuePresent(type, value),
        present[type].includes(name),
        `${type} with ${name}`,
      );
      const field: RequiredCheckField = {
        id: 'f',
        role: 'buyer',
        type,
        required: true,
        page: 1,
        rect: { x: 0, y: 0 },
      };
      const perParty = ['signature', 'initials', 'date_signed'].includes(type);
      const entries: ValueEntry[] =
        value === undefined ? [] : [{ fieldId: 'f', partyId: perParty ? 'b1' : null, value }];
      const missing = missingRequiredFields({ id: 'b1', role: 'buyer' }, [field], entries);
      assert.equal(
        missing.length,
        present[type].includes(name) ? 0 : 1,
        `missing ${type} with ${name}`,
      );
    }
  });
}

const field = (
  id: string,
  page: number,
  y: number,
  x: number,
  extra: Partial<RequiredCheckField> = {},
): RequiredCheckField => ({
  id,
  role: 'buyer',
  type: 'text',
  required: true,
  page,
  rect: { x, y },
  ...extra,
});

const form = [
  field('p2-top', 2, 0.1, 0.5),
  field('p1-bottom', 1, 0.9, 0.1),
  field('p1-top-right', 1, 0.1, 0.8),
  field('p1-top-left', 1, 0.1, 0.2),
  field('optional', 1, 0.05, 0.1, { required: false }),
  field('seller-field', 1, 0.01, 0.1, { role: 'seller' }),
  field('buyer-sign', 2, 0.9, 0.1, { type: 'signature' }),
];
const buyer = { id: 'b1', role: 'buyer' };

test('missing fields come in reading order: page, then top to bottom, then left to right', () => {
  assert.deepEqual(
    missingRequiredFields(buyer, form, []).map((f) => f.id),
    ['p1-top-left', 'p1-top-right', 'p1-bottom', 'p2-top', 'buyer-sign'],
  );
});

test('a shared value fills the field for every party of the role; a signature only for its signer', () => {
  const entries: ValueEntry[] = [
    { fieldId: 'p1-top-left', partyId: null, value: 'shared' },
    {
      fieldId: 'p1-top-right',
      partyId: 'b2',
      value: 'someone else’s per-party copy does not count',
    },
    { fieldId: 'buyer-sign', partyId: 'b2', value: tinyPng },
  ];
  assert.deepEqual(
    missingRequiredFields(buyer, form, entries).map((f) => f.id),
    ['p1-top-right', 'p1-bottom', 'p2-top', 'buyer-sign'],
  );
  assert.deepEqual(
    missingRequiredFields({ id: 'b2', role: 'buyer' }, form, entries).map((f) => f.id),
    ['p1-top-right', 'p1-bottom', 'p2-top'],
  );
});

test('the guided flow moves to the next missing field and wraps around', () => {
  const entries: ValueEntry[] = [{ fieldId: 'p1-top-right', partyId: null, value: 'done' }];
  assert.equal(nextRequiredField(buyer, form, entries)?.id, 'p1-top-left');
  assert.equal(nextRequiredField(buyer, form, entries, 'p1-top-left')?.id, 'p1-bottom');
  assert.equal(
    nextRequiredField(buyer, form, entries, 'p1-top-right')?.id,
    'p1-bottom',
    'from a filled field',
  );
  assert.equal(
    nextRequiredField(buyer, form, entries, 'optional')?.id,
    'p1-top-left',
    'from an optional field',
  );
  assert.equal(nextRequiredField(buyer, form, entries, 'buyer-sign')?.id, 'p1-top-left', 'wraps');
  assert.equal(nextRequiredField(buyer, form, entries, 'no-such-field')?.id, 'p1-top-left');
});

test('nothing is next once every required field is filled', () => {
  const entries: ValueEntry[] = [
    ...['p2-top', 'p1-bottom', 'p1-top-right', 'p1-top-left'].map((id) => ({
      fieldId: id,
      partyId: null,
      value: 'v',
    })),
    { fieldId: 'buyer-sign', partyId: 'b1', value: tinyPng },
  ];
  assert.deepEqual(missingRequiredFields(buyer, form, entries), []);
  assert.equal(nextRequiredField(buyer, form, entries, 'p2-top'), undefined);
});
