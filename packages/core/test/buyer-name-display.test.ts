import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HIDDEN_BUYER_NAME, buyerNameDisplays, displayBuyerName } from '../src/index.js';

const names: [string, string, string][] = [
  // input, first name, full name
  ['Jane Buyer', 'Jane', 'Jane Buyer'],
  ['Jane', 'Jane', 'Jane'],
  ['  Jane   Quincy\tBuyer  ', 'Jane', 'Jane Quincy Buyer'],
  ['\u00a0Zoë\u00a0de la Cruz ', 'Zoë', 'Zoë de la Cruz'],
  ['Jean-Luc Picard', 'Jean-Luc', 'Jean-Luc Picard'],
  ['', HIDDEN_BUYER_NAME, HIDDEN_BUYER_NAME],
  ['   \n ', HIDDEN_BUYER_NAME, HIDDEN_BUYER_NAME],
];

for (const [input, first, full] of names) {
  for (const display of buyerNameDisplays) {
    const expected =
      display === 'hidden' ? HIDDEN_BUYER_NAME : display === 'first_name' ? first : full;
    test(`${JSON.stringify(input)} shown as ${display} reads ${JSON.stringify(expected)}`, () => {
      assert.equal(displayBuyerName(input, display), expected);
    });
  }
}
