import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  MAX_NAMED_PARTIES,
  isFirstRole,
  mayNameParty,
  partyStatuses,
  precedingRoles,
  rolesToNameBeforeCompleting,
  routingRuleFor,
  sessionStates,
  validateNamedParties,
  type NamingActor,
  type PartyProgress,
  type RoutingTemplate,
} from '../src/index.js';
import { combinations } from './helpers.js';

// A rental application: applicant (1) names the landlord (2); the sender names the manager (3);
// the guarantor (2, alongside the landlord) has no rule, so the sender names it.
const template: RoutingTemplate = {
  roles: [
    { key: 'applicant', order: 1 },
    { key: 'landlord', order: 2 },
    { key: 'guarantor', order: 2 },
    { key: 'manager', order: 3 },
  ],
  routing: { landlord: 'previous_signer', manager: 'sender' },
};
const code = (result: ReturnType<typeof mayNameParty>) => (result.ok ? 'ok' : result.error.code);

test('the first role group, the group before a role, and the rule of each role', () => {
  assert.deepEqual(
    template.roles.map((r) => isFirstRole(template.roles, r.key)),
    [true, false, false, false],
  );
  assert.equal(isFirstRole(template.roles, 'nobody'), false);
  assert.deepEqual(precedingRoles(template.roles, 'applicant'), []);
  assert.deepEqual(precedingRoles(template.roles, 'landlord'), ['applicant']);
  assert.deepEqual(precedingRoles(template.roles, 'manager'), ['landlord', 'guarantor']);
  assert.deepEqual(precedingRoles(template.roles, 'nobody'), []);
  assert.deepEqual(
    template.roles.map((r) => routingRuleFor(template, r.key)),
    ['sender', 'previous_signer', 'sender', 'sender'],
  );
  assert.equal(
    routingRuleFor({ roles: template.roles }, 'landlord'),
    'sender',
    'no rules at all: the sender names',
  );
});

/** Who may name whom, written as the rule states it, for comparison with the implementation. */
function expected(
  actor: NamingActor,
  target: string,
  state: string,
  status: string,
  alreadyNamed: boolean,
): string {
  if (state !== 'sent' && state !== 'in_progress') return 'invalid_state';
  if (!template.roles.some((r) => r.key === target)) return 'validation_failed';
  if (target === 'applicant') return 'forbidden';
  if (alreadyNamed) return 'conflict';
  if (target !== 'landlord') return actor.kind === 'sender' ? 'ok' : 'forbidden';
  if (actor.kind === 'sender' || actor.partyId !== 'applicant-1') return 'forbidden';
  return status === 'completed' || status === 'declined' ? 'already_completed' : 'ok';
}

const actors: NamingActor[] = [
  { kind: 'sender' },
  { kind: 'party', partyId: 'applicant-1' },
  { kind: 'party', partyId: 'guarantor-1' },
  { kind: 'party', partyId: 'stranger' },
];

for (const state of sessionStates) {
  test(`who may name which role in a ${state} session`, () => {
    for (const [actor, target, status, alreadyNamed] of combinations(
      actors,
      ['applicant', 'landlord', 'guarantor', 'manager', 'tenant'],
      partyStatuses,
      [false, true],
    )) {
      const parties: PartyProgress[] = [
        { id: 'applicant-1', role: 'applicant', status },
        { id: 'guarantor-1', role: 'guarantor', status: 'invited' },
      ];
      if (alreadyNamed && target !== 'guarantor')
        parties.push({ id: 'named', role: target, status: 'waiting' });
      const result = mayNameParty(actor, target, template, { state, parties });
      const named = alreadyNamed || target === 'guarantor';
      assert.equal(
        code(result),
        expected(actor, target, state, status, named),
        JSON.stringify({ actor, target, status, alreadyNamed }),
      );
      if (!result.ok && result.error.code !== 'invalid_state')
        assert.equal(result.error.field, 'role');
    }
  });
}

test('a signer of a role sharing the preceding group may name under previous_signer', () => {
  const rules: RoutingTemplate = { roles: template.roles, routing: { manager: 'previous_signer' } };
  const parties: PartyProgress[] = [
    { id: 'l', role: 'landlord', status: 'viewed' },
    { id: 'g', role: 'guarantor', status: 'completed' },
    { id: 'a', role: 'applicant', status: 'viewed' },
  ];
  const session = { state: 'in_progress' as const, parties };
  assert.equal(
    code(mayNameParty({ kind: 'party', partyId: 'l' }, 'manager', rules, session)),
    'ok',
  );
  assert.equal(
    code(mayNameParty({ kind: 'party', partyId: 'g' }, 'manager', rules, session)),
    'already_completed',
  );
  assert.equal(
    code(mayNameParty({ kind: 'party', partyId: 'a' }, 'manager', rules, session)),
    'forbidden',
  );
});

test('a party must name the roles they route before completing, until someone has', () => {
  const applicant: PartyProgress = { id: 'a', role: 'applicant', status: 'viewed' };
  const landlord: PartyProgress = { id: 'l', role: 'landlord', status: 'waiting' };
  assert.deepEqual(
    rolesToNameBeforeCompleting(applicant, template, {
      state: 'in_progress',
      parties: [applicant],
    }),
    ['landlord'],
  );
  assert.deepEqual(
    rolesToNameBeforeCompleting(applicant, template, {
      state: 'in_progress',
      parties: [applicant, landlord],
    }),
    [],
  );
  assert.deepEqual(
    rolesToNameBeforeCompleting(landlord, template, {
      state: 'in_progress',
      parties: [applicant, landlord],
    }),
    [],
  );
  const guarantor: PartyProgress = { id: 'g', role: 'guarantor', status: 'viewed' };
  const both: RoutingTemplate = {
    roles: template.roles,
    routing: { manager: 'previous_signer', applicant: 'previous_signer' },
  };
  assert.deepEqual(
    rolesToNameBeforeCompleting(guarantor, both, { state: 'in_progress', parties: [guarantor] }),
    ['manager'],
  );
  assert.deepEqual(
    rolesToNameBeforeCompleting(applicant, both, { state: 'in_progress', parties: [applicant] }),
    [],
    'never the first role',
  );
});

test('named people come back trimmed, collapsed and lower-cased', () => {
  assert.deepEqual(
    validateNamedParties([
      { name: '  Lana   Lord ', email: ' Lana@Example.COM ' },
      { name: 'Cody Applicant', email: 'cody@example.com' },
    ]),
    {
      ok: true,
      value: [
        { name: 'Lana Lord', email: 'lana@example.com' },
        { name: 'Cody Applicant', email: 'cody@example.com' },
      ],
    },
  );
});

test('naming refuses nobody, too many, blank or long names, bad and repeated emails, pointing at the entry', () => {
  const person = (i: number) => ({ name: `Person ${i}`, email: `p${i}@example.com` });
  const cases: [Parameters<typeof validateNamedParties>[0], string][] = [
    [[], 'parties'],
    [Array.from({ length: MAX_NAMED_PARTIES + 1 }, (_, i) => person(i)), 'parties'],
    [[person(0), { name: '   ', email: 'x@example.com' }], 'parties.1.name'],
    [[{ name: 'x'.repeat(201), email: 'x@example.com' }], 'parties.0.name'],
    [[{ name: 'Bad', email: 'not-an-email' }], 'parties.0.email'],
    [[person(0), person(1), { name: 'Again', email: 'P1@EXAMPLE.com' }], 'parties.2.email'],
  ];
  for (const [input, field] of cases) {
    const result = validateNamedParties(input);
    assert.equal(result.ok, false, field);
    if (!result.ok)
      assert.deepEqual([result.error.code, result.error.field], ['validation_failed', field]);
  }
  assert.equal(
    validateNamedParties(Array.from({ length: MAX_NAMED_PARTIES }, (_, i) => person(i))).ok,
    true,
  );
  assert.equal(
    validateNamedParties([person(0), person(1)], 1).ok,
    false,
    'a smaller maximum applies',
  );
});
