import { test } from 'node:test';
import assert from 'node:assert/strict';
import { initialValues, type DefaultedField } from '../src/index.js';

const fields: DefaultedField[] = [
  { id: 'address', type: 'text', default: '1 Main St' },
  { id: 'price', type: 'number', default: 0 },
  { id: 'cash', type: 'checkbox', default: false },
  { id: 'note', type: 'text' },
  { id: 'cleared', type: 'text', default: null },
  { id: 'signature', type: 'signature' },
];

test('a new session starts with every default, falsy ones included, and nothing for fields without one', () => {
  assert.deepEqual(initialValues(fields), [
    ['address', '1 Main St'],
    ['price', 0],
    ['cash', false],
  ]);
});

test('a value the sender prefilled replaces the default of its field and keeps its own', () => {
  assert.deepEqual(
    initialValues(fields, [
      ['address', '9 Elm St'],
      ['note', 'Call first'],
      ['cash', null],
    ]),
    [
      ['price', 0],
      ['address', '9 Elm St'],
      ['note', 'Call first'],
      ['cash', null],
    ],
  );
});

test('no fields, no values', () => {
  assert.deepEqual(initialValues([]), []);
  assert.deepEqual(initialValues([], [['x', 'y']]), [['x', 'y']]);
});
