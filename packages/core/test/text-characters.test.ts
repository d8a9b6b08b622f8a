import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateClientRequest,
  SendPortalMessageRequest,
  controlCharacterMessage,
  findControlCharacter,
  multiLineText,
  singleLineText,
  validateFieldValue,
} from '../src/index.js';

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const isC0orC1 = (code: number) => code < 0x20 || (code >= 0x7f && code <= 0x9f);

test('every C0, DEL and C1 character is refused in a single line; only tab, LF and CR pass in several', () => {
  for (let code = 0; code <= 0x2000; code++) {
    const text = `Nul${String.fromCharCode(code)}Byte`;
    const single = findControlCharacter(text, 'single_line');
    const multi = findControlCharacter(text, 'multi_line');
    assert.equal(single, isC0orC1(code) ? 3 : -1, `U+${code.toString(16)} in a single line`);
    const allowedInLines = code === TAB || code === LF || code === CR;
    assert.equal(
      multi,
      isC0orC1(code) && !allowedInLines ? 3 : -1,
      `U+${code.toString(16)} in several lines`,
    );
  }
});

test('letters, accents, emoji and line separators other than C0/C1 are text', () => {
  for (const text of [
    '',
    'Zoë O’Neil',
    '🏠👩‍👩‍👧',
    '12 Harbour Road, Apt. 4',
    'a\u2028b',
    'ÿ\u00a0z',
  ]) {
    assert.equal(findControlCharacter(text, 'single_line'), -1, JSON.stringify(text));
  }
});

test('the message names the character and where it is, counting from 1', () => {
  assert.equal(
    controlCharacterMessage('Nul\u0000Byte', 3),
    'Remove the control character U+0000 (position 4)',
  );
  assert.equal(
    controlCharacterMessage('a\u009b', 1),
    'Remove the control character U+009B (position 2)',
  );
});

test('the string schemas refuse a control character instead of cutting the text at it', () => {
  const single = singleLineText().trim().min(1).max(200);
  const refused = single.safeParse('Nul\u0000Byte');
  assert.equal(refused.success, false);
  assert.equal(
    refused.error?.issues[0]?.message,
    'Remove the control character U+0000 (position 4)',
  );
  assert.equal(single.safeParse('Line\none').success, false, 'a newline is not one line');
  assert.equal(single.safeParse('  Olive Owner ').data, 'Olive Owner');
  const multi = multiLineText();
  assert.equal(multi.safeParse('Dear Olive,\r\n\tthe offer is in.\n').success, true);
  assert.equal(multi.safeParse('bell\u0007').success, false);
});

test('a request schema names the field holding the control character', () => {
  const client = CreateClientRequest.safeParse({ name: 'Nul\u0000Byte', type: 'owner' });
  assert.deepEqual(client.error?.issues[0]?.path, ['name']);
  const nested = CreateClientRequest.safeParse({
    name: 'Olive',
    type: 'owner',
    propertyIds: ['prp_1', 'prp_\u001b'],
  });
  assert.deepEqual(nested.error?.issues[0]?.path, ['propertyIds', 1]);
  assert.equal(SendPortalMessageRequest.safeParse({ body: 'Hello,\nany offers?' }).success, true);
  assert.equal(SendPortalMessageRequest.safeParse({ body: 'Hello\u0000' }).success, false);
});

test('a party’s text value follows the same multi-line rule', () => {
  const field = { id: 'buyer_notes', type: 'text' as const };
  assert.equal(validateFieldValue(field, 'First line\nsecond\tcolumn').ok, true);
  const refused = validateFieldValue(field, 'Nul\u0000Byte');
  assert.equal(refused.ok, false);
  if (!refused.ok) {
    assert.equal(refused.error.field, 'buyer_notes');
    assert.equal(refused.error.message, 'Remove the control character U+0000 (position 4)');
  }
  assert.equal(validateFieldValue(field, 'csi\u009b').ok, false, 'C1 too');
});
