import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import * as core from '../src/index.js';
import {
  CompletePartyRequest,
  CreateClientRequest,
  CreateDelegationRequest,
  CreatePlanRequest,
  CreateSessionRequest,
  EnrollContactsRequest,
  ListSessionsQuery,
  NextPartyRequest,
  PlanDefaultsSchema,
  PortalAccessSetupRequest,
  PortalActivateRequest,
  PortalActivityQuery,
  PortalLoginRequest,
  SavePartyValuesRequest,
  TemplateDefinition,
  TemplateField,
  TemplateFieldInput,
  UsageQuery,
  fieldTypes,
  fieldLimits,
  type PlanDefaults,
} from '../src/index.js';
import { tinyPng } from './helpers.js';

/** The dotted paths of every issue, to check each refusal points at the right input. */
function issuePaths(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

const rect = { x: 0.1, y: 0.1, width: 0.2, height: 0.05 };
const field = (overrides: Record<string, unknown> = {}) => ({
  id: 'price',
  name: 'Price',
  role: 'buyer',
  type: 'number',
  page: 1,
  rect,
  ...overrides,
});
const template = (overrides: Record<string, unknown> = {}) => ({
  name: 'Purchase agreement',
  roles: [
    { key: 'buyer', name: 'Buyer', order: 1 },
    { key: 'seller', name: 'Seller', order: 2 },
  ],
  fields: [field()],
  ...overrides,
});

test('a template definition fills in its defaults', () => {
  const parsed = TemplateDefinition.parse(template());
  assert.equal(parsed.signingOrder, 'parallel');
  assert.equal(parsed.saveIncomplete, false);
  assert.deepEqual(parsed.routing, {});
  assert.deepEqual(
    [parsed.fields[0]?.required, parsed.fields[0]?.locked, parsed.fields[0]?.private],
    [false, false, false],
  );
});

test('signature and initials fields are required unless explicitly optional; others optional unless said', () => {
  for (const type of fieldTypes) {
    const options = ['radio', 'select'].includes(type) ? { options: ['A', 'B'] } : {};
    const unsaid = TemplateFieldInput.parse(field({ type, ...options }));
    assert.equal(unsaid.required, type === 'signature' || type === 'initials', type);
    for (const required of [true, false]) {
      assert.equal(
        TemplateFieldInput.parse(field({ type, ...options, required })).required,
        required,
      );
    }
  }
  const parsed = TemplateDefinition.parse(template({ fields: [field({ type: 'initials' })] }));
  assert.equal(parsed.fields[0]?.required, true);
});

test('a stored field always says whether it is required', () => {
  assert.deepEqual(issuePaths(TemplateField, field()), ['required']);
  assert.deepEqual(issuePaths(TemplateField, field({ required: false })), []);
});

test('a template refuses repeated roles and fields, unknown roles and routing for the first role', () => {
  assert.deepEqual(
    issuePaths(
      TemplateDefinition,
      template({
        roles: [
          { key: 'buyer', name: 'Buyer', order: 1 },
          { key: 'buyer', name: 'Co-buyer', order: 1 },
          { key: 'seller', name: 'Seller', order: 2 },
        ],
        fields: [field(), field(), field({ id: 'x', role: 'tenant' })],
        routing: { buyer: 'previous_signer', seller: 'previous_signer', landlord: 'sender' },
      }),
    ),
    ['roles.1.key', 'fields.1.id', 'fields.2.role', 'routing.buyer', 'routing.landlord'],
  );
});

test('a template holds at most 500 fields and 20 roles', () => {
  const many = Array.from({ length: fieldLimits.fieldsPerTemplate + 1 }, (_, i) =>
    field({ id: `f${i}` }),
  );
  assert.deepEqual(issuePaths(TemplateDefinition, template({ fields: many })), ['fields']);
  assert.equal(TemplateDefinition.safeParse(template({ fields: many.slice(1) })).success, true);
  const roles = Array.from({ length: 21 }, (_, i) => ({ key: `r${i}`, name: `R${i}`, order: 1 }));
  assert.deepEqual(issuePaths(TemplateDefinition, template({ roles, fields: [] })), ['roles']);
});

test('fields: options only for radio/select, distinct; maxLength only for text; defaults checked by type', () => {
  const cases: [Record<string, unknown>, string[]][] = [
    [{ type: 'select' }, ['options']],
    [{ type: 'select', options: ['Cash', 'Cash'] }, ['options']],
    [{ type: 'radio', options: ['Cash', 'Loan'], default: 'Loan' }, []],
    [{ type: 'radio', options: ['Cash', 'Loan'], default: 'Barter' }, ['default']],
    [{ type: 'text', options: ['a'] }, ['options']],
    [{ type: 'number', maxLength: 10 }, ['maxLength']],
    [{ type: 'text', maxLength: 10, default: 'way too long here' }, ['default']],
    [{ type: 'text', maxLength: fieldLimits.textMaxLength + 1 }, ['maxLength']],
    [{ type: 'number', default: '12' }, ['default']],
    [{ type: 'date', default: '2025-02-30' }, ['default']],
    [{ type: 'checkbox', default: true }, []],
    [{ type: 'signature', default: tinyPng }, ['default']],
    [{ type: 'date_signed', default: '2025-01-01' }, ['default']],
    [{ id: '../x' }, ['id']],
    [{ role: 'Buyer' }, ['role']],
    [{ page: 0 }, ['page']],
    [{ rect: { x: 0.9, y: 0, width: 0.2, height: 0.1 } }, ['rect']],
    [{ rect: { x: 0, y: 0, width: 0, height: 0.1 } }, ['rect.width']],
  ];
  for (const [overrides, paths] of cases) {
    assert.deepEqual(
      issuePaths(TemplateFieldInput, field(overrides)),
      paths,
      JSON.stringify(overrides),
    );
  }
});

test('a session request: parties normalized, no person twice in a role, values and locks bounded', () => {
  const parsed = CreateSessionRequest.parse({
    templateId: 'tpl_1',
    parties: [{ role: 'buyer', name: ' Jane Buyer ', email: ' Jane@Example.com ' }],
    values: { price: 500000, address: '1 Main St', agreed: true, note: null },
  });
  assert.deepEqual(parsed.parties, [
    { role: 'buyer', name: 'Jane Buyer', email: 'jane@example.com' },
  ]);
  assert.deepEqual([parsed.addMyself, parsed.send, parsed.lockedFieldIds], [false, false, []]);
  const jane = { role: 'buyer', name: 'Jane', email: 'jane@example.com' };
  assert.deepEqual(
    issuePaths(CreateSessionRequest, {
      templateId: 't',
      parties: [jane, { ...jane, email: 'JANE@example.com' }],
    }),
    ['parties.1.email'],
  );
  assert.equal(
    CreateSessionRequest.safeParse({
      templateId: 't',
      parties: [jane, { ...jane, role: 'seller' }],
    }).success,
    true,
  );
  assert.deepEqual(
    issuePaths(CreateSessionRequest, { templateId: 't', values: { price: { nested: 1 } } }),
    ['values.price'],
  );
  assert.deepEqual(
    issuePaths(CreateSessionRequest, { templateId: 't', values: { 'bad key!': 1 } }),
    ['values.bad key!'],
  );
  const tooMany = Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`f${i}`, 'x']));
  assert.deepEqual(issuePaths(CreateSessionRequest, { templateId: 't', values: tooMany }), [
    'values',
  ]);
  assert.deepEqual(issuePaths(CreateSessionRequest, { templateId: 't', expiresAt: 'tomorrow' }), [
    'expiresAt',
  ]);
});

test('the session list query coerces paging and refuses unknown statuses', () => {
  assert.deepEqual(ListSessionsQuery.parse({ limit: '10', status: 'in_progress' }), {
    limit: 10,
    status: 'in_progress',
    as: 'self',
  });
  assert.deepEqual(issuePaths(ListSessionsQuery, { status: 'done' }), ['status']);
  assert.deepEqual(issuePaths(ListSessionsQuery, { limit: '1000' }), ['limit']);
  assert.deepEqual(issuePaths(ListSessionsQuery, { as: 'everyone' }), ['as']);
});

test('completing needs explicit consent and PNG signatures', () => {
  const consent = { accepted: true, disclosureVersion: '2025-01' };
  assert.equal(
    CompletePartyRequest.safeParse({ consent, signatures: { buyer_sig: tinyPng } }).success,
    true,
  );
  assert.deepEqual(issuePaths(CompletePartyRequest, { consent: { ...consent, accepted: false } }), [
    'consent.accepted',
  ]);
  assert.deepEqual(issuePaths(CompletePartyRequest, {}), ['consent']);
  assert.deepEqual(
    issuePaths(CompletePartyRequest, {
      consent,
      signatures: { buyer_sig: 'data:image/jpeg;base64,/9j/' },
    }),
    ['signatures.buyer_sig'],
  );
});

test('saving values needs at least one', () => {
  assert.deepEqual(issuePaths(SavePartyValuesRequest, { values: {} }), ['values']);
  assert.equal(SavePartyValuesRequest.safeParse({ values: { name: 'Jane' } }).success, true);
});

test('naming the next party goes through the routing rule and comes out normalized', () => {
  assert.deepEqual(
    NextPartyRequest.parse({
      role: 'landlord',
      parties: [{ name: ' Lana  Lord', email: 'LANA@example.com' }],
    }),
    {
      role: 'landlord',
      parties: [{ name: 'Lana Lord', email: 'lana@example.com' }],
    },
  );
  const twice = [
    { name: 'A', email: 'a@example.com' },
    { name: 'B', email: 'A@example.com' },
  ];
  assert.deepEqual(issuePaths(NextPartyRequest, { role: 'landlord', parties: twice }), [
    'parties.1.email',
  ]);
  assert.deepEqual(issuePaths(NextPartyRequest, { role: 'landlord', parties: [] }), ['parties']);
});

test('a delegation needs distinct scopes and two different people', () => {
  assert.equal(
    CreateDelegationRequest.safeParse({ assistantId: 'betty', scopes: ['send', 'clauses'] })
      .success,
    true,
  );
  assert.deepEqual(issuePaths(CreateDelegationRequest, { assistantId: 'betty', scopes: [] }), [
    'scopes',
  ]);
  assert.deepEqual(
    issuePaths(CreateDelegationRequest, { assistantId: 'betty', scopes: ['send', 'send'] }),
    ['scopes'],
  );
  assert.deepEqual(
    issuePaths(CreateDelegationRequest, { assistantId: 'betty', scopes: ['admin'] }),
    ['scopes.0'],
  );
  assert.deepEqual(
    issuePaths(CreateDelegationRequest, {
      assistantId: 'betty',
      principalId: 'betty',
      scopes: ['send'],
    }),
    ['assistantId'],
  );
});

test('portal passwords: 8 to 256 characters when set, not only spaces; login checks only the cap', () => {
  const token = 'a'.repeat(43);
  for (const [password, ok] of [
    ['1234567', false],
    ['12345678', true],
    ['x'.repeat(256), true],
    ['x'.repeat(257), false],
    ['        ', false],
    [' correct horse battery staple ', true],
  ] as const) {
    assert.equal(
      PortalActivateRequest.safeParse({ token, password }).success,
      ok,
      JSON.stringify(password),
    );
  }
  assert.equal(
    PortalLoginRequest.safeParse({ username: 'Owner@Example.com', password: 'short' }).success,
    true,
  );
  assert.equal(
    PortalLoginRequest.parse({ username: ' Owner@Example.com ', password: 'p' }).username,
    'owner@example.com',
  );
  assert.equal(
    PortalLoginRequest.safeParse({ username: 'o', password: 'x'.repeat(257) }).success,
    false,
  );
  assert.deepEqual(issuePaths(PortalActivateRequest, { token: 'short', password: '12345678' }), [
    'token',
  ]);
});

test('portal access: new or existing profile, distinct grants, buyer names default to first name', () => {
  const parsed = PortalAccessSetupRequest.parse({
    profile: { mode: 'new' },
    grants: ['documents', 'feedback'],
  });
  assert.equal(parsed.buyerNameDisplay, 'first_name');
  assert.equal(
    PortalAccessSetupRequest.safeParse({
      profile: { mode: 'existing', loginProfileId: 'lp_1' },
      grants: [],
    }).success,
    true,
  );
  assert.deepEqual(
    issuePaths(PortalAccessSetupRequest, { profile: { mode: 'existing' }, grants: [] }),
    ['profile.loginProfileId'],
  );
  assert.deepEqual(
    issuePaths(PortalAccessSetupRequest, {
      profile: { mode: 'new' },
      grants: ['documents', 'documents'],
    }),
    ['grants'],
  );
  assert.deepEqual(
    issuePaths(PortalAccessSetupRequest, {
      profile: { mode: 'new', username: 'two words' },
      grants: [],
    }),
    ['profile.username'],
  );
});

test('clients and portal activity periods', () => {
  assert.equal(CreateClientRequest.parse({ name: 'Olive Owner', type: 'owner' }).status, 'active');
  assert.deepEqual(issuePaths(CreateClientRequest, { name: 'O', type: 'investor' }), ['type']);
  assert.deepEqual(issuePaths(CreateClientRequest, { name: 'O', type: 'owner', email: 'nope' }), [
    'email',
  ]);
  assert.deepEqual(issuePaths(PortalActivityQuery, { from: '2025-03-01', to: '2025-02-01' }), [
    'to',
  ]);
  assert.equal(
    PortalActivityQuery.safeParse({ from: '2025-01-01', to: '2025-02-01' }).success,
    true,
  );
});

test('plans: steps by type with their own content, an override or null, bounded delays', () => {
  const parsed = CreatePlanRequest.parse({
    teamId: 'team_1',
    name: 'New lead',
    steps: [
      { type: 'email', delayMinutes: 0, subject: 'Hello', body: 'Welcome' },
      { type: 'sms', delayMinutes: 60, text: 'Hi!', assignee: 'rainmaker' },
      { type: 'task', delayMinutes: 1440, title: 'Call' },
    ],
  });
  assert.deepEqual(
    parsed.steps.map((s) => s.assignee),
    [null, 'rainmaker', null],
  );
  assert.deepEqual(
    issuePaths(CreatePlanRequest, {
      teamId: 't',
      name: 'P',
      steps: [{ type: 'sms', delayMinutes: 0, subject: 'x', body: 'y' }],
    }),
    ['steps.0.text'],
  );
  assert.deepEqual(issuePaths(CreatePlanRequest, { teamId: 't', name: 'P', steps: [] }), ['steps']);
  assert.deepEqual(
    issuePaths(CreatePlanRequest, {
      teamId: 't',
      name: 'P',
      steps: [{ type: 'task', delayMinutes: -1, title: 'x' }],
    }),
    ['steps.0.delayMinutes'],
  );
  assert.deepEqual(issuePaths(EnrollContactsRequest, { contactIds: ['c1', 'c1'] }), ['contactIds']);
  assert.deepEqual(issuePaths(UsageQuery, { month: '2025-13' }), ['month']);
});

test('the plan defaults schema produces the type the rules take', () => {
  const parsed: PlanDefaults = PlanDefaultsSchema.parse({
    task: 'rainmaker',
    email: 'contact_assignee',
    sms: 'rainmaker',
  });
  assert.equal(parsed.email, 'contact_assignee');
  assert.deepEqual(
    issuePaths(PlanDefaultsSchema, { task: 'rainmaker', email: 'team_lead', sms: 'rainmaker' }),
    ['email'],
  );
});

test('every exported schema renders to JSON Schema for the OpenAPI document, under a unique name', () => {
  const schemas = Object.entries(core).flatMap(([name, value]) =>
    value instanceof z.ZodType ? [[name, value] as const] : [],
  );
  assert.ok(schemas.length > 60, `found ${schemas.length}`);
  const ids = new Map<string, string>();
  for (const [name, schema] of schemas) {
    assert.doesNotThrow(() => z.toJSONSchema(schema, { io: 'input' }), name);
    const id = z.globalRegistry.get(schema)?.id;
    if (id === undefined) continue;
    assert.equal(ids.get(id), undefined, `${name} and ${ids.get(id)} both claim ${id}`);
    ids.set(id, name);
  }
});
