import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  isFieldLocked,
  isPerPartyField,
  mayEditField,
  partyStatuses,
  sessionStates,
  visibleValues,
  type AccessField,
  type AccessSession,
  type FieldType,
  type PartyStatus,
  type SigningPlan,
  type ValueEntry,
} from '../src/index.js';
import { combinations } from './helpers.js';

const plans: Record<string, SigningPlan> = {
  parallel: {
    signingOrder: 'parallel',
    roles: [
      { key: 'buyer', order: 1 },
      { key: 'seller', order: 2 },
    ],
  },
  buyerFirst: {
    signingOrder: 'sequential',
    roles: [
      { key: 'buyer', order: 1 },
      { key: 'seller', order: 2 },
    ],
  },
  sellerFirst: {
    signingOrder: 'sequential',
    roles: [
      { key: 'buyer', order: 2 },
      { key: 'seller', order: 1 },
    ],
  },
};
const fieldTypesUnderTest: FieldType[] = [
  'text',
  'checkbox',
  'signature',
  'initials',
  'date_signed',
];
const code = (result: ReturnType<typeof mayEditField>) => (result.ok ? 'ok' : result.error.code);

/** The refusal ladder, written independently of the rule: the first failing check wins. */
function expectedForBuyer(
  state: string,
  me: PartyStatus,
  coBuyer: PartyStatus,
  seller: PartyStatus,
  plan: string,
  field: AccessField,
  sessionLocked: boolean,
): string {
  if (state !== 'sent' && state !== 'in_progress') return 'invalid_state';
  if (me === 'completed' || me === 'declined') return 'already_completed';
  const anyDeclined = [coBuyer, seller].includes('declined');
  const myTurn = !anyDeclined && (plan !== 'sellerFirst' || seller === 'completed');
  if (!myTurn) return 'not_your_turn';
  if (field.role !== 'buyer') return 'field_not_yours';
  if (field.type === 'date_signed') return 'field_locked';
  if (field.locked || sessionLocked) return 'field_locked';
  if (!isPerPartyField(field.type) && coBuyer === 'completed') return 'field_locked';
  return 'ok';
}

for (const state of sessionStates) {
  for (const me of partyStatuses) {
    test(`a buyer (${me}) editing in a ${state} session`, () => {
      let checked = 0;
      for (const [coBuyer, seller, plan, role, type, locked, sessionLocked] of combinations(
        partyStatuses,
        partyStatuses,
        Object.keys(plans),
        ['buyer', 'seller'],
        fieldTypesUnderTest,
        [false, true],
        [false, true],
      )) {
        const field: AccessField = { id: 'f', role, type, locked };
        const session: AccessSession = {
          ...plans[plan]!,
          state,
          parties: [
            { id: 'b1', role: 'buyer', status: me },
            { id: 'b2', role: 'buyer', status: coBuyer },
            { id: 's1', role: 'seller', status: seller },
          ],
          lockedFieldIds: sessionLocked ? ['f'] : [],
        };
        const result = mayEditField({ kind: 'party', partyId: 'b1' }, field, session);
        const expected = expectedForBuyer(state, me, coBuyer, seller, plan, field, sessionLocked);
        assert.equal(
          code(result),
          expected,
          JSON.stringify({ coBuyer, seller, plan, role, type, locked, sessionLocked }),
        );
        if (!result.ok) assert.equal(result.error.field, 'f');
        checked++;
      }
      assert.equal(checked, 5 * 5 * 3 * 2 * 5 * 2 * 2);
    });
  }
}

for (const state of sessionStates) {
  test(`the sender filling "over the phone" in a ${state} session`, () => {
    for (const [role, type, locked] of combinations(['buyer', 'seller'], fieldTypesUnderTest, [
      false,
      true,
    ])) {
      const session: AccessSession = {
        ...plans.buyerFirst!,
        state,
        parties: [],
        lockedFieldIds: ['f'],
      };
      const result = mayEditField({ kind: 'sender' }, { id: 'f', role, type, locked }, session);
      const expected =
        state !== 'draft' ? 'invalid_state' : isPerPartyField(type) ? 'field_not_yours' : 'ok';
      assert.equal(code(result), expected, JSON.stringify({ role, type, locked }));
    }
  });
}

test('someone who is not a party of the session is refused outright', () => {
  const session: AccessSession = {
    ...plans.parallel!,
    state: 'in_progress',
    parties: [{ id: 'b1', role: 'buyer', status: 'invited' }],
  };
  const result = mayEditField(
    { kind: 'party', partyId: 'stranger' },
    { id: 'f', role: 'buyer', type: 'text', locked: false },
    session,
  );
  assert.equal(code(result), 'forbidden');
});

test('refusals explain themselves in words a signer understands', () => {
  const session: AccessSession = {
    ...plans.parallel!,
    state: 'in_progress',
    parties: [{ id: 'b1', role: 'buyer', status: 'invited' }],
  };
  const price: AccessField = { id: 'price', role: 'buyer', type: 'number', locked: true };
  assert.deepEqual(mayEditField({ kind: 'party', partyId: 'b1' }, price, session), {
    ok: false,
    error: { code: 'field_locked', message: 'This field is locked', field: 'price' },
  });
});

test('a field is locked by the template or by the session', () => {
  const field: AccessField = { id: 'price', role: 'buyer', type: 'number', locked: false };
  assert.equal(isFieldLocked(field, {}), false);
  assert.equal(isFieldLocked(field, { lockedFieldIds: ['other'] }), false);
  assert.equal(isFieldLocked(field, { lockedFieldIds: ['price'] }), true);
  assert.equal(isFieldLocked({ ...field, locked: true }, {}), true);
});

// Visibility: two buyers share a role, the seller is another role, the sender sees everything.
const fields: AccessField[] = [
  { id: 'address', role: 'buyer', type: 'text', locked: false },
  { id: 'ssn', role: 'buyer', type: 'text', locked: false, private: true },
  { id: 'tax_return', role: 'buyer', type: 'attachment', locked: false },
  { id: 'buyer_sig', role: 'buyer', type: 'signature', locked: false },
  { id: 'asking', role: 'seller', type: 'number', locked: false },
  { id: 'seller_bank', role: 'seller', type: 'text', locked: false, private: true },
];
const parties = [
  { id: 'b1', role: 'buyer', status: 'invited' as const },
  { id: 'b2', role: 'buyer', status: 'invited' as const },
  { id: 's1', role: 'seller', status: 'invited' as const },
];
const entries: ValueEntry[] = [
  { fieldId: 'address', partyId: null, value: '1 Main St' },
  { fieldId: 'ssn', partyId: null, value: '123' },
  { fieldId: 'tax_return', partyId: null, value: 'att_1' },
  { fieldId: 'buyer_sig', partyId: 'b1', value: 'data:image/png;base64,b1' },
  { fieldId: 'buyer_sig', partyId: 'b2', value: 'data:image/png;base64,b2' },
  { fieldId: 'asking', partyId: null, value: 500000 },
  { fieldId: 'seller_bank', partyId: null, value: 'IBAN' },
  { fieldId: 'unknown_field', partyId: null, value: 'x' },
  { fieldId: 'address', partyId: 'b9', value: '' },
];
const seen = (viewer: Parameters<typeof visibleValues>[0]) =>
  visibleValues(viewer, fields, entries, parties).map(
    (e) => `${e.fieldId}${e.partyId ? `@${e.partyId}` : ''}`,
  );

test('a buyer sees their role’s values, others’ public values, and not the seller’s private ones', () => {
  assert.deepEqual(seen({ kind: 'party', partyId: 'b1' }), [
    'address',
    'ssn',
    'tax_return',
    'buyer_sig@b1',
    'buyer_sig@b2',
    'asking',
  ]);
});

test('the seller sees no private buyer field and no attachment', () => {
  assert.deepEqual(seen({ kind: 'party', partyId: 's1' }), [
    'address',
    'buyer_sig@b1',
    'buyer_sig@b2',
    'asking',
    'seller_bank',
  ]);
});

test('the sender sees every filled value of a known field', () => {
  assert.deepEqual(seen({ kind: 'sender' }), [
    'address',
    'ssn',
    'tax_return',
    'buyer_sig@b1',
    'buyer_sig@b2',
    'asking',
    'seller_bank',
  ]);
});

test('someone who is not a party sees nothing', () => {
  assert.deepEqual(seen({ kind: 'party', partyId: 'stranger' }), []);
});

test('a co-party’s private per-party value stays hidden from the other party of the role', () => {
  const privateInitials: AccessField = {
    id: 'init',
    role: 'buyer',
    type: 'initials',
    locked: false,
    private: true,
  };
  const values: ValueEntry[] = [
    { fieldId: 'init', partyId: 'b1', value: 'x' },
    { fieldId: 'init', partyId: 'b2', value: 'y' },
  ];
  const visible = visibleValues(
    { kind: 'party', partyId: 'b1' },
    [privateInitials],
    values,
    parties,
  );
  assert.deepEqual(
    visible.map((e) => e.partyId),
    ['b1'],
  );
});
