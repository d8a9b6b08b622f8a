import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addMyselfParty,
  delegationScopes,
  resolveSender,
  scopesFor,
  sendersFor,
  type DelegationGrant,
} from '../src/index.js';
import { combinations } from './helpers.js';

const users = [
  { id: 'betty', name: 'Betty Agent', email: 'betty@shoreline.test' },
  { id: 'bernie', name: 'Bernie OfficeManager', email: 'bernie@shoreline.test' },
  { id: 'alice', name: 'Alice Agent', email: 'alice@shoreline.test' },
  { id: 'carl', name: 'Carl Stranger', email: 'carl@shoreline.test' },
];

test('acting as oneself needs no delegation, for every scope', () => {
  for (const scope of delegationScopes) {
    for (const requested of [undefined, 'betty']) {
      assert.deepEqual(resolveSender('betty', requested, scope, []), {
        ok: true,
        value: { senderId: 'betty', initiatorId: 'betty', onBehalf: false },
      });
    }
  }
});

// Every subset of granted scopes × every requested scope × active or revoked × right or wrong direction.
const subsets = delegationScopes.reduce<(typeof delegationScopes)[number][][]>(
  (all, scope) => [...all, ...all.map((subset) => [...subset, scope])],
  [[]],
);

for (const [granted, revoked, reversed] of combinations(subsets, [false, true], [false, true])) {
  test(`acting for a principal with [${granted.join(',')}]${revoked ? ' revoked' : ''}${reversed ? ' granted the other way' : ''}`, () => {
    const delegation: DelegationGrant = reversed
      ? { assistantId: 'bernie', principalId: 'betty', scopes: granted }
      : {
          assistantId: 'betty',
          principalId: 'bernie',
          scopes: granted,
          revokedAt: revoked ? '2025-01-01T00:00:00Z' : null,
        };
    for (const scope of delegationScopes) {
      const result = resolveSender('betty', 'bernie', scope, [delegation]);
      const allowed = !reversed && !revoked && granted.includes(scope);
      if (allowed) {
        assert.deepEqual(result, {
          ok: true,
          value: { senderId: 'bernie', initiatorId: 'betty', onBehalf: true },
        });
      } else {
        assert.deepEqual(result, {
          ok: false,
          error: {
            code: 'forbidden',
            message: 'You may not act for this sender',
            field: 'senderId',
          },
        });
      }
    }
  });
}

test('scopes add up across several active delegations and skip revoked ones', () => {
  const delegations: DelegationGrant[] = [
    { assistantId: 'betty', principalId: 'bernie', scopes: ['send'] },
    { assistantId: 'betty', principalId: 'bernie', scopes: ['clauses', 'contacts'] },
    {
      assistantId: 'betty',
      principalId: 'bernie',
      scopes: ['templates'],
      revokedAt: '2025-01-01T00:00:00Z',
    },
    { assistantId: 'carl', principalId: 'bernie', scopes: ['instructions'] },
  ];
  assert.deepEqual(scopesFor('betty', 'bernie', delegations), ['send', 'contacts', 'clauses']);
});

test('the picker lists the caller first with every scope, then principals by name, never strangers', () => {
  const delegations: DelegationGrant[] = [
    { assistantId: 'betty', principalId: 'bernie', scopes: ['send', 'contacts'] },
    { assistantId: 'betty', principalId: 'alice', scopes: ['templates'] },
    {
      assistantId: 'betty',
      principalId: 'carl',
      scopes: ['send'],
      revokedAt: '2025-01-01T00:00:00Z',
    },
    { assistantId: 'bernie', principalId: 'betty', scopes: ['send'] },
    { assistantId: 'betty', principalId: 'betty', scopes: ['send'] },
  ];
  const options = sendersFor('betty', users, delegations);
  assert.deepEqual(
    options.map((o) => [o.user.id, o.self, o.scopes]),
    [
      ['betty', true, [...delegationScopes]],
      ['alice', false, ['templates']],
      ['bernie', false, ['send', 'contacts']],
    ],
  );
  assert.equal(options[0]?.user, users[0], 'returns the caller’s own user object');
});

test('a caller missing from the users list still sees their principals', () => {
  const options = sendersFor('ghost', users, [
    { assistantId: 'ghost', principalId: 'alice', scopes: ['send'] },
  ]);
  assert.deepEqual(
    options.map((o) => o.user.id),
    ['alice'],
  );
});

test('Add Myself adds the sender, not the person logged in', () => {
  const resolved = resolveSender('betty', 'bernie', 'send', [
    { assistantId: 'betty', principalId: 'bernie', scopes: ['send'] },
  ]);
  assert.ok(resolved.ok);
  const sender = users.find((u) => u.id === resolved.value.senderId)!;
  assert.deepEqual(addMyselfParty(sender, 'listing_agent'), {
    role: 'listing_agent',
    userId: 'bernie',
    name: 'Bernie OfficeManager',
    email: 'bernie@shoreline.test',
  });
});
