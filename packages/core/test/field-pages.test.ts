import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFieldPages } from '../src/index.js';

test('fields on pages the document has pass, first to last', () => {
  assert.deepEqual(checkFieldPages([], 1), { ok: true });
  assert.deepEqual(
    checkFieldPages(
      [
        { id: 'a', page: 1 },
        { id: 'b', page: 2 },
      ],
      2,
    ),
    { ok: true },
  );
});

test('the first field past the last page (or before the first) is named, by index and id', () => {
  const fields = [
    { id: 'a', page: 1 },
    { id: 'late', page: 5 },
    { id: 'later', page: 6 },
  ];
  assert.deepEqual(checkFieldPages(fields, 2), {
    ok: false,
    error: {
      code: 'validation_failed',
      message: 'Field “late” is on page 5, but the document has 2 pages',
      field: 'fields.1.page',
    },
  });
  assert.deepEqual(checkFieldPages([{ id: 'only', page: 2 }], 1), {
    ok: false,
    error: {
      code: 'validation_failed',
      message: 'Field “only” is on page 2, but the document has 1 page',
      field: 'fields.0.page',
    },
  });
  const zero = checkFieldPages([{ id: 'z', page: 0 }], 3);
  assert.equal(!zero.ok && zero.error.field, 'fields.0.page');
  assert.deepEqual(checkFieldPages(fields, 6), { ok: true });
});
