import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import {
  EMAIL_PATTERN,
  fieldLimits,
  fieldTypes,
  isIsoDate,
  isPngDataUrl,
  validateFieldValue,
  type FieldType,
  type ValidatableField,
} from '../src/index.js';
import { tinyPng } from './helpers.js';

/** A payload of about the given decoded size behind a PNG header. */
function pngOfBytes(bytes: number): string {
  const header = 'iVBORw0KGgo'; // 8 PNG signature bytes, then base64 filler of the rest
  const fill = 'A'.repeat(Math.ceil((bytes * 4) / 3 / 4) * 4 - 12);
  return `data:image/png;base64,${header}A${fill}`;
}

const samples: Record<string, unknown> = {
  null: null,
  undefined: undefined,
  emptyString: '',
  text: 'Jane Q. Buyer',
  multiline: 'line one\nline two\ttabbed',
  controlChar: 'bad\u0000byte',
  longText: 'x'.repeat(fieldLimits.textMaxLength),
  tooLongText: 'x'.repeat(fieldLimits.textMaxLength + 1),
  zero: 0,
  negative: -12.5,
  nan: Number.NaN,
  infinity: Number.POSITIVE_INFINITY,
  numericString: '42',
  email: 'jane@example.com',
  paddedEmail: '  jane@example.com ',
  badEmail: 'jane@',
  date: '2025-02-28',
  leapDay: '2024-02-29',
  notLeapDay: '2025-02-29',
  badMonth: '2025-13-01',
  slashDate: '02/28/2025',
  dateTime: '2025-02-28T10:00:00Z',
  true: true,
  false: false,
  option: 'Cash',
  notOption: 'Barter',
  png: tinyPng,
  jpeg: 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ==',
  notPngPayload: 'data:image/png;base64,AAAAAAAAAAAA',
  oversizedPng: pngOfBytes(fieldLimits.signatureImageMaxBytes + 1024),
  attachmentId: 'att_01HZX-9',
  attachmentPath: '../etc/passwd',
  object: { value: 1 },
  array: ['Cash'],
};

// Which samples each type accepts; everything not listed must be refused (null always passes: it clears).
const accepted: Record<FieldType, string[]> = {
  text: [
    'null',
    'emptyString',
    'text',
    'multiline',
    'longText',
    'numericString',
    'email',
    'paddedEmail',
    'badEmail',
    'date',
    'leapDay',
    'notLeapDay',
    'badMonth',
    'slashDate',
    'dateTime',
    'option',
    'notOption',
    'png',
    'jpeg',
    'notPngPayload',
    'attachmentId',
    'attachmentPath',
  ],
  number: ['null', 'zero', 'negative'],
  email: ['null', 'email', 'paddedEmail'],
  date: ['null', 'date', 'leapDay'],
  date_signed: ['null', 'date', 'leapDay'],
  checkbox: ['null', 'true', 'false'],
  radio: ['null', 'option'],
  select: ['null', 'option'],
  signature: ['null', 'png'],
  initials: ['null', 'png'],
  // Attachment ids are opaque: any short run of letters, digits, _ and - (never a path).
  attachment: [
    'null',
    'numericString',
    'date',
    'leapDay',
    'notLeapDay',
    'badMonth',
    'option',
    'notOption',
    'attachmentId',
  ],
};

for (const type of fieldTypes) {
  test(`${type} fields accept exactly their kind of value`, () => {
    const field: ValidatableField = { id: 'f', type, options: ['Cash', 'Mortgage'] };
    for (const [name, value] of Object.entries(samples)) {
      const result = validateFieldValue(field, value);
      assert.equal(result.ok, accepted[type].includes(name), `${type} with ${name}`);
      if (!result.ok) {
        assert.equal(result.error.code, 'validation_failed');
        assert.equal(result.error.field, 'f');
      }
    }
  });
}

test('an email value comes back trimmed', () => {
  assert.deepEqual(validateFieldValue({ id: 'e', type: 'email' }, '  jane@example.com '), {
    ok: true,
    value: 'jane@example.com',
  });
});

test('a text field’s own maxLength applies, but never above the global cap', () => {
  assert.equal(validateFieldValue({ id: 't', type: 'text', maxLength: 5 }, 'abcde').ok, true);
  assert.equal(validateFieldValue({ id: 't', type: 'text', maxLength: 5 }, 'abcdef').ok, false);
  const huge = { id: 't', type: 'text' as const, maxLength: 1_000_000 };
  assert.equal(validateFieldValue(huge, 'x'.repeat(fieldLimits.textMaxLength + 1)).ok, false);
});

test('a select without options accepts nothing but null', () => {
  assert.equal(validateFieldValue({ id: 's', type: 'select' }, 'Cash').ok, false);
  assert.equal(validateFieldValue({ id: 's', type: 'select' }, null).ok, true);
});

test('PNG data URLs are recognised by header, alphabet, padding and size', () => {
  assert.equal(isPngDataUrl(tinyPng), true);
  assert.equal(isPngDataUrl(pngOfBytes(fieldLimits.signatureImageMaxBytes - 16)), true);
  assert.equal(isPngDataUrl(pngOfBytes(fieldLimits.signatureImageMaxBytes + 16)), false);
  assert.equal(isPngDataUrl(tinyPng.slice(0, -1)), false, 'length not a multiple of 4');
  assert.equal(isPngDataUrl(tinyPng.replace('AAAA', 'AA*A')), false, 'outside the base64 alphabet');
  assert.equal(isPngDataUrl(tinyPng.replace('data:image/png', 'data:image/PNG')), false);
  assert.equal(isPngDataUrl(tinyPng, 10), false, 'a smaller cap applies');
});

test('ISO dates must exist in the calendar', () => {
  for (const valid of ['2024-02-29', '2000-02-29', '1999-12-31', '0001-01-01'])
    assert.equal(isIsoDate(valid), true, valid);
  for (const invalid of [
    '1900-02-29',
    '2025-04-31',
    '2025-00-10',
    '2025-1-01',
    '20250101',
    ' 2025-01-01',
  ]) {
    assert.equal(isIsoDate(invalid), false, invalid);
  }
});

test('the rules and the schemas agree on what an email address is', () => {
  assert.equal(EMAIL_PATTERN.source, z.regexes.email.source);
});
