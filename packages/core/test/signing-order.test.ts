import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  isPartysTurn,
  isSigningComplete,
  partiesToInvite,
  partiesToInviteAfter,
  partiesWhoseTurnItIs,
  partyStatuses,
  type PartyProgress,
  type PartyStatus,
  type SigningPlan,
} from '../src/index.js';
import { combinations } from './helpers.js';

const roles = [
  { key: 'buyer', order: 1 },
  { key: 'seller', order: 2 },
];
const sequential: SigningPlan = { signingOrder: 'sequential', roles };
const parallel: SigningPlan = { signingOrder: 'parallel', roles };

/** Two buyers and one seller, in every combination of statuses (125 each way). */
function party(id: string, role: string, status: PartyStatus): PartyProgress {
  return { id, role, status };
}
const everyStatusCombination = combinations(partyStatuses, partyStatuses, partyStatuses).map(
  ([a, b, c]) => [
    party('buyer-1', 'buyer', a),
    party('buyer-2', 'buyer', b),
    party('seller-1', 'seller', c),
  ],
);

const ids = (parties: readonly PartyProgress[]) => parties.map((p) => p.id);
const describe = (parties: readonly PartyProgress[]) =>
  parties.map((p) => `${p.id}:${p.status}`).join(' ');

for (const parties of everyStatusCombination) {
  const declined = parties.some((p) => p.status === 'declined');
  const buyersDone = parties
    .filter((p) => p.role === 'buyer')
    .every((p) => p.status === 'completed');
  const open = parties.filter((p) => p.status !== 'completed');

  test(`sequential turn with ${describe(parties)}`, () => {
    const expected = declined
      ? []
      : open.filter((p) => p.role === (buyersDone ? 'seller' : 'buyer'));
    assert.deepEqual(ids(partiesWhoseTurnItIs(sequential, parties)), ids(expected));
    assert.deepEqual(
      ids(partiesToInvite(sequential, parties)),
      ids(expected.filter((p) => p.status === 'waiting')),
    );
    for (const p of parties)
      assert.equal(isPartysTurn(sequential, parties, p.id), expected.includes(p));
  });

  test(`parallel turn and completion with ${describe(parties)}`, () => {
    assert.deepEqual(ids(partiesWhoseTurnItIs(parallel, parties)), declined ? [] : ids(open));
    const complete = parties.every((p) => p.status === 'completed');
    assert.equal(isSigningComplete(parallel, parties), complete);
    assert.equal(isSigningComplete(sequential, parties), complete);
  });
}

test('a role with nobody named yet holds the turn and keeps the session open', () => {
  const onlyBuyer = [party('buyer-1', 'buyer', 'completed')];
  assert.deepEqual(partiesWhoseTurnItIs(sequential, onlyBuyer), []);
  assert.equal(isSigningComplete(sequential, onlyBuyer), false);
  assert.equal(isSigningComplete(parallel, onlyBuyer), false);
});

test('roles sharing an order number sign side by side in sequential mode', () => {
  const plan: SigningPlan = {
    signingOrder: 'sequential',
    roles: [
      { key: 'buyer', order: 1 },
      { key: 'co_buyer', order: 1 },
      { key: 'seller', order: 2 },
    ],
  };
  const parties = [
    party('b', 'buyer', 'invited'),
    party('c', 'co_buyer', 'waiting'),
    party('s', 'seller', 'waiting'),
  ];
  assert.deepEqual(ids(partiesWhoseTurnItIs(plan, parties)), ['b', 'c']);
  assert.deepEqual(ids(partiesToInvite(plan, parties)), ['c']);
  // The buyer finishing alone does not pass the turn: the co-buyer is still to sign.
  assert.deepEqual(ids(partiesToInviteAfter(plan, parties, 'b')), ['c']);
});

test('after the last buyer completes, every seller is invited', () => {
  const parties = [
    party('b1', 'buyer', 'completed'),
    party('b2', 'buyer', 'viewed'),
    party('s1', 'seller', 'waiting'),
    party('s2', 'seller', 'waiting'),
  ];
  assert.deepEqual(ids(partiesToInviteAfter(sequential, parties, 'b2')), ['s1', 's2']);
  assert.deepEqual(ids(partiesToInviteAfter(sequential, parties, 'b1')), []);
  assert.deepEqual(ids(partiesToInviteAfter(parallel, parties, 'b2')), ['s1', 's2']);
});

test('roles are ordered by number, not by their place in the list', () => {
  const plan: SigningPlan = {
    signingOrder: 'sequential',
    roles: [
      { key: 'seller', order: 5 },
      { key: 'buyer', order: 2 },
    ],
  };
  const parties = [party('s', 'seller', 'waiting'), party('b', 'buyer', 'waiting')];
  assert.deepEqual(ids(partiesToInvite(plan, parties)), ['b']);
});

test('a party of a role the template lacks never gets a turn and blocks completion', () => {
  const parties = [
    party('b', 'buyer', 'completed'),
    party('s', 'seller', 'completed'),
    party('x', 'witness', 'invited'),
  ];
  assert.deepEqual(partiesWhoseTurnItIs(parallel, parties), []);
  assert.equal(isSigningComplete(parallel, parties), false);
});

test('no parties means nothing to complete', () => {
  assert.equal(isSigningComplete(parallel, []), false);
  assert.deepEqual(partiesWhoseTurnItIs(sequential, []), []);
});

test('the invited list keeps the caller’s own party objects', () => {
  const seller = { id: 's', role: 'seller', status: 'waiting' as const, email: 'sam@example.test' };
  const [invited] = partiesToInviteAfter(
    sequential,
    [{ ...party('b', 'buyer', 'invited'), email: 'b@example.test' }, seller],
    'b',
  );
  assert.equal(invited, seller);
});
