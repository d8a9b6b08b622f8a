import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkPartySigned,
  checkSessionSigned,
  fieldTypes,
  type SignableField,
  type ValueEntry,
} from '../src/index.js';
import { tinyPng } from './helpers.js';

const buyer = { id: 'pty_b1', role: 'buyer' };
const coBuyer = { id: 'pty_b2', role: 'buyer' };
const refused = {
  ok: false,
  error: {
    code: 'signature_required',
    message: 'Sign at least one of your signature fields to finish',
  },
};

test('a party of a role with signature or initials fields must have signed one of them', () => {
  for (const type of ['signature', 'initials'] as const) {
    const fields: SignableField[] = [
      { id: 'sig', role: 'buyer', type },
      { id: 'other', role: 'buyer', type: type === 'signature' ? 'initials' : 'signature' },
      { id: 'name', role: 'buyer', type: 'text' },
    ];
    assert.deepEqual(checkPartySigned(buyer, fields, []), refused);
    const own: ValueEntry[] = [{ fieldId: 'sig', partyId: buyer.id, value: tinyPng }];
    assert.deepEqual(checkPartySigned(buyer, fields, own), { ok: true });
    // The co-buyer's signature is not this buyer's.
    assert.deepEqual(checkPartySigned(coBuyer, fields, own), refused);
    // Something that is not a PNG does not count, nor does a shared entry.
    for (const value of ['', null, 'data:image/png;base64,AAAA', true]) {
      assert.deepEqual(
        checkPartySigned(buyer, fields, [{ fieldId: 'sig', partyId: buyer.id, value }]),
        refused,
      );
    }
    assert.deepEqual(
      checkPartySigned(buyer, fields, [{ fieldId: 'sig', partyId: null, value: tinyPng }]),
      refused,
    );
  }
});

test('a role without signature or initials fields passes, whatever else it has', () => {
  for (const type of fieldTypes.filter((t) => t !== 'signature' && t !== 'initials')) {
    const fields: SignableField[] = [
      { id: 'f', role: 'buyer', type },
      { id: 'seller_sig', role: 'seller', type: 'signature' },
    ];
    assert.deepEqual(checkPartySigned(buyer, fields, []), { ok: true }, type);
  }
  assert.deepEqual(checkPartySigned(buyer, [], []), { ok: true });
});

test('a session is signed once any party signed any signature or initials field', () => {
  const fields: SignableField[] = [
    { id: 'buyer_sig', role: 'buyer', type: 'signature' },
    { id: 'seller_init', role: 'seller', type: 'initials' },
    { id: 'note', role: 'seller', type: 'text' },
  ];
  const none = checkSessionSigned(fields, [{ fieldId: 'note', partyId: null, value: tinyPng }]);
  assert.equal(none.ok, false);
  assert.equal(!none.ok && none.error.code, 'signature_required');
  assert.equal(checkSessionSigned([], []).ok, false);
  assert.equal(checkSessionSigned(fields, []).ok, false);
  for (const fieldId of ['buyer_sig', 'seller_init']) {
    assert.deepEqual(
      checkSessionSigned(fields, [{ fieldId, partyId: 'pty_1', value: tinyPng }]),
      { ok: true },
      fieldId,
    );
  }
  // A value for a field the session does not have signs nothing.
  assert.equal(
    checkSessionSigned(fields, [{ fieldId: 'gone', partyId: 'pty_1', value: tinyPng }]).ok,
    false,
  );
});
