import { test } from 'node:test';
import assert from 'node:assert/strict';
import { smsKeyword, smsWindowOpening } from '../src/index.js';

test('smsKeyword: one carrier word on its own, any case, is a keyword; a sentence is a reply', () => {
  for (const word of ['STOP', ' stop ', 'Unsubscribe', 'cancel.', 'END', 'quit!', 'STOPALL'])
    assert.equal(smsKeyword(word), 'stop', word);
  for (const word of ['START', 'unstop']) assert.equal(smsKeyword(word), 'start', word);
  assert.equal(smsKeyword('help'), 'help');
  assert.equal(smsKeyword('Yes'), 'reply', 'an answer, not an opt-in');
  assert.equal(smsKeyword('please stop texting me'), 'reply');
  assert.equal(smsKeyword('Can we meet Sunday?'), 'reply');
});

test('smsWindowOpening: inside the window now, otherwise the next local opening', () => {
  const utc = { timeZone: 'UTC', start: '08:00', end: '21:00' };
  const at = (iso: string) => new Date(iso);
  assert.equal(
    smsWindowOpening(at('2030-01-15T10:00:00Z'), utc).toISOString(),
    '2030-01-15T10:00:00.000Z',
  );
  assert.equal(
    smsWindowOpening(at('2030-01-15T21:00:00Z'), utc).toISOString(),
    '2030-01-16T08:00:00.000Z',
  );
  assert.equal(
    smsWindowOpening(at('2030-01-16T03:30:00Z'), utc).toISOString(),
    '2030-01-16T08:00:00.000Z',
  );
  const newYork = { ...utc, timeZone: 'America/New_York' };
  // 02:00 UTC is 21:00 in New York (EST): closed until 08:00 EST = 13:00 UTC.
  assert.equal(
    smsWindowOpening(at('2030-01-16T02:00:00Z'), newYork).toISOString(),
    '2030-01-16T13:00:00.000Z',
  );
  // Across the spring change (2030-03-10), 08:00 EDT is 12:00 UTC.
  assert.equal(
    smsWindowOpening(at('2030-03-10T05:00:00Z'), newYork).toISOString(),
    '2030-03-10T12:00:00.000Z',
  );
  // A window past midnight.
  const night = { timeZone: 'UTC', start: '22:00', end: '02:00' };
  assert.equal(
    smsWindowOpening(at('2030-01-15T01:00:00Z'), night).toISOString(),
    '2030-01-15T01:00:00.000Z',
  );
  assert.equal(
    smsWindowOpening(at('2030-01-15T03:00:00Z'), night).toISOString(),
    '2030-01-15T22:00:00.000Z',
  );
});
