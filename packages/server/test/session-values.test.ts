import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type {
  PartyOutcome,
  PartyView,
  SessionDetail,
  Template,
  TemplateFieldInput,
} from '@signport/core';
import { makePurchaseAgreement } from './fixtures/make-purchase-agreement.js';
import { makeSignaturePng } from './fixtures/make-signature-png.js';
import { asSeen, drawPdf } from './support/read-pdf-as-person.js';
import {
  createSession,
  deliveredEmails,
  linkTokenFor,
  partyJson,
  uploadedTemplate,
  type SigningWorld,
} from './support/signing.js';
import { signingWorld } from './support/signing-world.js';
import { bearer, json } from './support/test-server.js';

let world: SigningWorld;
let template: Template;
let signature: string;
let counter = 0;

/** Template defaults: locked ones no party may change, unlocked ones only their own role. */
const DEFAULTS: Record<string, Partial<TemplateFieldInput>> = {
  property_address: { default: '1428 Elm Street, Unit 3B', locked: true },
  property_city_state_zip: { default: 'Springfield, IL 62704', locked: true },
  additional_terms: { default: 'Seller pays the HOA transfer fee', locked: true },
  earnest_money: { default: '10,000.00' },
  parcel_number: { default: 'APN 17-204-09' },
  title_company: { default: 'Fidelity National Title' },
  seller_email: { default: 'closings@sellerco.test' },
};

before(async () => {
  world = await signingWorld();
  const uploaded = await uploadedTemplate(world.app, world.token, await makePurchaseAgreement());
  const res = await world.app.request(
    `/v1/templates/${uploaded.id}`,
    json(
      'PATCH',
      {
        fields: uploaded.fields
          .filter((field) => field.id in DEFAULTS)
          .map((field) => ({ ...field, ...DEFAULTS[field.id] })),
      },
      bearer(world.token),
    ),
  );
  assert.equal(res.status, 200, await res.clone().text());
  template = (await res.json()) as Template;
  signature = `data:image/png;base64,${Buffer.from(await makeSignaturePng(300, 100)).toString('base64')}`;
});
after(() => world.close());

const detail = async (id: string) => {
  const res = await world.app.request(`/v1/sessions/${id}`, { headers: bearer(world.token) });
  assert.equal(res.status, 200);
  return (await res.json()) as SessionDetail;
};
const sharedValues = (session: SessionDetail) =>
  Object.fromEntries(
    session.values.filter((entry) => entry.partyId === null).map((e) => [e.fieldId, e.value]),
  );
const view = async (token: string) =>
  (await (await world.app.request('/v1/party', { headers: bearer(token) })).json()) as PartyView;
const save = (token: string, values: Record<string, unknown>) =>
  world.app.request('/v1/party/values', partyJson('PATCH', token, { values }));
const complete = (token: string, role: string, values: Record<string, unknown>) =>
  world.app.request(
    '/v1/party/complete',
    partyJson('POST', token, {
      consent: { accepted: true, disclosureVersion: '2025-01' },
      signatures: Object.fromEntries(
        template.fields
          .filter((f) => f.role === role && (f.type === 'signature' || f.type === 'initials'))
          .map((f) => [f.id, signature]),
      ),
      values,
    }),
  );

async function draftSession(values: Record<string, unknown> = {}) {
  counter++;
  return createSession(world.app, world.token, {
    templateId: template.id,
    parties: [
      { role: 'buyer', name: 'Bob Buyer', email: `buyer${counter}@example.com` },
      { role: 'seller', name: 'Sue Seller', email: `seller${counter}@example.com` },
    ],
    values: { purchase_price: '452,500.00', ...values },
    lockedFieldIds: ['purchase_price'],
  });
}

test('a draft holds every template default as a value; what the sender prefilled wins over a default', async () => {
  const session = await draftSession({ earnest_money: '15,000.00' });
  assert.equal(session.status, 'draft');
  const defaults = Object.fromEntries(
    Object.entries(DEFAULTS).map(([fieldId, change]) => [fieldId, change.default]),
  );
  assert.deepEqual(sharedValues(await detail(session.id)), {
    ...defaults,
    purchase_price: '452,500.00',
    earnest_money: '15,000.00',
  });
  // Later template edits change no session: the values were copied at creation.
  const res = await world.app.request(
    `/v1/templates/${template.id}`,
    json(
      'PATCH',
      { fields: [{ ...template.fields.find((f) => f.id === 'parcel_number'), default: 'APN 1' }] },
      bearer(world.token),
    ),
  );
  assert.equal(res.status, 200);
  assert.equal(sharedValues(await detail(session.id)).parcel_number, 'APN 17-204-09');
  const restored = await world.app.request(
    `/v1/templates/${template.id}`,
    json(
      'PATCH',
      { fields: [template.fields.find((f) => f.id === 'parcel_number')] },
      bearer(world.token),
    ),
  );
  assert.equal(restored.status, 200);
});

test('the party views, the API and the sealed PDF agree field by field on defaults, changed or not', async () => {
  const session = await draftSession();
  const sent = await world.app.request(
    `/v1/sessions/${session.id}/send`,
    json('POST', {}, bearer(world.token)),
  );
  assert.equal(sent.status, 200);
  const emails = await deliveredEmails(world.db, world.config, world.time);
  const buyerToken = linkTokenFor(emails, session.parties[0]?.email ?? '');
  const sellerToken = linkTokenFor(emails, session.parties[1]?.email ?? '');

  // The seller sees the buyer's defaults as values: a locked address every party saw.
  const sellerFirst = await view(sellerToken);
  const othersOf = (party: PartyView) =>
    Object.fromEntries(party.others.map((other) => [other.fieldId, other.value]));
  assert.equal(othersOf(sellerFirst).property_address, '1428 Elm Street, Unit 3B');
  assert.equal(othersOf(sellerFirst).earnest_money, '10,000.00');

  // Refusals change nothing: a locked default is nobody's, an unlocked one only its role's.
  const before = await detail(session.id);
  const refusals = [
    [buyerToken, { property_address: '1 Other Road' }, 403, 'field_locked', 'property_address'],
    [buyerToken, { additional_terms: null }, 403, 'field_locked', 'additional_terms'],
    [sellerToken, { earnest_money: '1.00' }, 403, 'field_not_yours', 'earnest_money'],
    [buyerToken, { seller_email: 'me@example.com' }, 403, 'field_not_yours', 'seller_email'],
  ] as const;
  for (const [token, values, status, code, field] of refusals) {
    const res = await save(token, values);
    const body = (await res.json()) as { error: { code: string; field?: string } };
    assert.deepEqual([res.status, body.error.code, body.error.field], [status, code, field]);
  }
  assert.deepEqual((await detail(session.id)).values, before.values);

  // The buyer changes one unlocked default and clears another; the seller keeps theirs.
  assert.equal(
    (await save(buyerToken, { earnest_money: '12,500.00', parcel_number: null })).status,
    200,
  );
  const buyerView = await view(buyerToken);
  const own = (party: PartyView, id: string) => party.fields.find((f) => f.id === id)?.value;
  assert.equal(own(buyerView, 'earnest_money'), '12,500.00');
  assert.equal(own(buyerView, 'parcel_number'), null, 'a cleared default stays cleared');
  assert.equal(own(buyerView, 'property_address'), '1428 Elm Street, Unit 3B');
  assert.equal(own(await view(sellerToken), 'seller_email'), 'closings@sellerco.test');

  const buyerValues = {
    buyer_name: 'Bob Buyer',
    closing_date: '2030-07-15',
  };
  const buyerDone = await complete(buyerToken, 'buyer', buyerValues);
  assert.equal(buyerDone.status, 200, await buyerDone.clone().text());
  const sellerDone = await complete(sellerToken, 'seller', { seller_name: 'Sue Seller' });
  assert.equal(sellerDone.status, 200, await sellerDone.clone().text());
  const outcome = (await sellerDone.json()) as PartyOutcome;
  assert.equal(outcome.status, 'completed');
  const sealed = new Uint8Array(
    await (await world.app.request(outcome.documentUrl ?? '')).arrayBuffer(),
  );

  // What each party last saw of the shared text values, their own and the other's.
  const buyerFinal = await view(buyerToken);
  const sellerFinal = await view(sellerToken);
  const seen = new Map<string, unknown>();
  for (const party of [buyerFinal, sellerFinal]) {
    for (const field of party.fields) seen.set(field.id, field.value);
  }
  assert.deepEqual(othersOf(sellerFinal).earnest_money, '12,500.00');
  assert.equal('parcel_number' in othersOf(sellerFinal), false);

  const apiValues = sharedValues(await detail(session.id));
  const textTypes = new Set(['text', 'email', 'number', 'date', 'select']);
  const compared: string[] = [];
  // Read as a person would: the sealed pages drawn by Poppler, each field's box read back by OCR.
  const drawn = await drawPdf(sealed, 'poppler');
  try {
    for (const field of template.fields.filter((f) => textTypes.has(f.type))) {
      const value = seen.get(field.id);
      const expected = value === null || value === undefined ? '' : String(value);
      assert.equal(
        asSeen(await drawn.readRegion(field, ['eng'])),
        asSeen(expected),
        `${field.id} in the sealed PDF`,
      );
      assert.equal(apiValues[field.id] ?? null, value ?? null, `${field.id} in the API`);
      compared.push(field.id);
    }
  } finally {
    await drawn.close();
  }
  // Every default field took part, and none came out empty except the cleared one.
  for (const id of Object.keys(DEFAULTS)) assert.ok(compared.includes(id), id);
  assert.equal(seen.get('property_address'), '1428 Elm Street, Unit 3B');
  assert.equal(seen.get('additional_terms'), 'Seller pays the HOA transfer fee');
});

test('a web-form session starts with the defaults too', async () => {
  const published = await world.app.request(
    `/v1/templates/${template.id}/form`,
    json('POST', { published: true }, bearer(world.token)),
  );
  assert.equal(published.status, 200, await published.clone().text());
  const { slug } = (await published.json()) as { slug: string };
  const started = await world.app.request(`/v1/forms/${slug}/sessions`, json('POST', {}));
  assert.equal(started.status, 201, await started.clone().text());
  const { token } = (await started.json()) as { token: string };
  const party = await view(token);
  assert.equal(
    party.fields.find((f) => f.id === 'property_address')?.value,
    '1428 Elm Street, Unit 3B',
  );
  assert.equal(sharedValues(await detail(party.session.id)).earnest_money, '10,000.00');
  const res = await save(token, { property_address: 'Elsewhere' });
  assert.equal(res.status, 403);
  assert.equal(
    sharedValues(await detail(party.session.id)).property_address,
    '1428 Elm Street, Unit 3B',
  );
});
