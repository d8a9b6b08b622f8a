import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PDFDocument } from 'pdf-lib';
import type { PartyView, SessionDetail, Template, TemplateList } from '@signport/core';
import { makeSignaturePng } from './fixtures/make-signature-png.js';
import {
  PURCHASE_ROLES,
  createSession,
  deliveredEmails,
  linkTokenFor,
  partyJson,
  type SigningWorld,
} from './support/signing.js';
import { signingWorld } from './support/signing-world.js';
import { bearer, json } from './support/test-server.js';

let world: SigningWorld;
let twoPages: Uint8Array;
let signature: string;
let counter = 0;

const rect = (y: number) => ({ x: 0.1, y, width: 0.3, height: 0.05 });
const field = (id: string, role: string, type: string, page: number, extra = {}) => ({
  id,
  name: id.replace(/_/g, ' '),
  role,
  type,
  page,
  rect: rect(0.1 * page),
  ...extra,
});

before(async () => {
  world = await signingWorld();
  const doc = await PDFDocument.create();
  doc.addPage([612, 792]);
  doc.addPage([612, 792]);
  twoPages = await doc.save();
  signature = `data:image/png;base64,${Buffer.from(await makeSignaturePng(300, 100)).toString('base64')}`;
});
after(() => world.close());

function upload(fields?: unknown[]) {
  const form = new FormData();
  form.set('file', new Blob([twoPages], { type: 'application/pdf' }), 'two-pages.pdf');
  form.set('name', 'Two-page addendum');
  form.set('roles', JSON.stringify(PURCHASE_ROLES));
  if (fields) form.set('fields', JSON.stringify(fields));
  return world.app.request('/v1/templates', {
    method: 'POST',
    headers: bearer(world.token),
    body: form,
  });
}
async function errorOf(res: Response) {
  const body = (await res.json()) as { error: { code: string; message: string; field?: string } };
  return { status: res.status, ...body.error };
}
const templateCount = async () =>
  (
    (await (
      await world.app.request('/v1/templates?limit=100', { headers: bearer(world.token) })
    ).json()) as TemplateList
  ).items.length;
const getTemplate = async (id: string) =>
  (await (
    await world.app.request(`/v1/templates/${id}`, { headers: bearer(world.token) })
  ).json()) as Template;
const patch = (id: string, body: unknown) =>
  world.app.request(`/v1/templates/${id}`, json('PATCH', body, bearer(world.token)));

describe('templates through the API', () => {
  test('signature and initials fields are required unless explicitly optional, at create and update', async () => {
    const res = await upload([
      field('buyer_signature', 'buyer', 'signature', 2),
      field('buyer_initials', 'buyer', 'initials', 1),
      field('seller_signature', 'seller', 'signature', 2, { required: false }),
      field('buyer_name', 'buyer', 'text', 1),
    ]);
    assert.equal(res.status, 201, await res.clone().text());
    const created = (await res.json()) as Template;
    const required = (t: Template) => Object.fromEntries(t.fields.map((f) => [f.id, f.required]));
    assert.deepEqual(required(created), {
      buyer_signature: true,
      buyer_initials: true,
      seller_signature: false,
      buyer_name: false,
    });
    const patched = await patch(created.id, {
      fields: [
        field('seller_initials', 'seller', 'initials', 1),
        field('buyer_initials', 'buyer', 'initials', 1, { required: false }),
      ],
    });
    assert.equal(patched.status, 200, await patched.clone().text());
    assert.deepEqual(required((await patched.json()) as Template), {
      buyer_signature: true,
      buyer_initials: false,
      seller_signature: false,
      buyer_name: false,
      seller_initials: true,
    });
  });

  test('a field on a page the document lacks is refused at create, naming it, and nothing is stored', async () => {
    const before = await templateCount();
    const refused = await errorOf(
      await upload([field('buyer_name', 'buyer', 'text', 1), field('late', 'buyer', 'text', 5)]),
    );
    assert.deepEqual(
      [refused.status, refused.code, refused.field],
      [400, 'validation_failed', 'fields.1.page'],
    );
    assert.match(refused.message, /“late” is on page 5, but the document has 2 pages/);
    assert.equal(await templateCount(), before);
  });

  test('a field moved or added past the last page is refused at update, and the template is unchanged', async () => {
    const res = await upload([field('buyer_name', 'buyer', 'text', 2)]);
    assert.equal(res.status, 201);
    const created = (await res.json()) as Template;
    for (const body of [
      { fields: [field('buyer_name', 'buyer', 'text', 3)] },
      { name: 'Renamed', fields: [field('extra', 'seller', 'signature', 5)] },
    ]) {
      const refused = await errorOf(await patch(created.id, body));
      assert.equal(refused.status, 400);
      assert.equal(refused.code, 'validation_failed');
      assert.match(refused.field ?? '', /^fields\.\d+\.page$/);
      assert.match(refused.message, /“(buyer_name|extra)” is on page [35], but the document has 2/);
    }
    assert.deepEqual(await getTemplate(created.id), created);
  });
});

describe('POST /v1/party/complete', () => {
  let template: Template;

  before(async () => {
    // Optional signature fields for the buyer; the seller has none at all.
    const res = await upload([
      field('buyer_signature', 'buyer', 'signature', 2, { required: false }),
      field('buyer_initials', 'buyer', 'initials', 1, { required: false }),
      field('buyer_name', 'buyer', 'text', 1),
      field('seller_note', 'seller', 'text', 2),
    ]);
    assert.equal(res.status, 201, await res.clone().text());
    template = (await res.json()) as Template;
  });

  async function sentSession(roles: string[], from = template) {
    counter++;
    const session = await createSession(world.app, world.token, {
      templateId: from.id,
      parties: roles.map((role) => ({
        role,
        name: `${role} ${counter}`,
        email: `${role}${counter}@example.com`,
      })),
      send: true,
    });
    const emails = await deliveredEmails(world.db, world.config, world.time);
    return {
      session,
      tokens: roles.map((role) => linkTokenFor(emails, `${role}${counter}@example.com`)),
    };
  }
  const complete = (token: string, body: Record<string, unknown>) =>
    world.app.request(
      '/v1/party/complete',
      partyJson('POST', token, {
        consent: { accepted: true, disclosureVersion: '2025-01' },
        ...body,
      }),
    );
  const detail = async (id: string) =>
    (await (
      await world.app.request(`/v1/sessions/${id}`, { headers: bearer(world.token) })
    ).json()) as SessionDetail;
  const view = async (token: string) =>
    (await (await world.app.request('/v1/party', { headers: bearer(token) })).json()) as PartyView;

  test('a party with signature fields who signed none is refused with signature_required; nothing changes', async () => {
    const { session, tokens } = await sentSession(['buyer', 'seller']);
    const [buyer = '', seller = ''] = tokens;
    await view(buyer);
    const before = await detail(session.id);
    const refused = await errorOf(
      await complete(buyer, { signatures: {}, values: { buyer_name: 'Bob' } }),
    );
    assert.deepEqual([refused.status, refused.code], [400, 'signature_required']);
    assert.match(refused.message, /Sign at least one/);
    assert.deepEqual(await detail(session.id), before, 'no value, status or time changed');
    assert.equal((await view(buyer)).party.status, 'viewed');

    // Initials alone are a signature; the seller has no signature fields to sign.
    const signed = await complete(buyer, {
      signatures: { buyer_initials: signature },
      values: { buyer_name: 'Bob' },
    });
    assert.equal(signed.status, 200, await signed.clone().text());
    const sellerDone = await complete(seller, { values: { seller_note: 'Fine' } });
    assert.equal(sellerDone.status, 200, await sellerDone.clone().text());
    assert.equal((await detail(session.id)).status, 'completed');
  });

  test('a session cannot complete with no signature at all', async () => {
    // Nobody has a signature field: the last party to finish would seal an unsigned document.
    const res = await upload([
      field('buyer_name', 'buyer', 'text', 1),
      field('seller_note', 'seller', 'text', 2),
    ]);
    assert.equal(res.status, 201);
    const unsignable = (await res.json()) as Template;
    const { session, tokens } = await sentSession(['buyer', 'seller'], unsignable);
    const [buyer = '', seller = ''] = tokens;
    const buyerDone = await complete(buyer, { values: { buyer_name: 'Bob' } });
    assert.equal(buyerDone.status, 200, 'a party without signature fields may finish');
    await view(seller);
    const before = await detail(session.id);
    const refused = await errorOf(await complete(seller, { values: { seller_note: 'Fine' } }));
    assert.deepEqual([refused.status, refused.code], [400, 'signature_required']);
    assert.match(refused.message, /Nobody has signed this document/);
    assert.deepEqual(await detail(session.id), before);
    assert.equal((await view(seller)).party.status, 'viewed');
  });

  test('a required signature placed through the API cannot be skipped', async () => {
    const res = await patch(template.id, {
      fields: [field('buyer_signature', 'buyer', 'signature', 2)],
    });
    assert.equal(res.status, 200);
    const { session, tokens } = await sentSession(['buyer', 'seller']);
    const [buyer = ''] = tokens;
    const before = await detail(session.id);
    const refused = await errorOf(
      await complete(buyer, {
        signatures: { buyer_initials: signature },
        values: { buyer_name: 'Bob' },
      }),
    );
    assert.deepEqual(
      [refused.status, refused.code, refused.field],
      [400, 'validation_failed', 'buyer_signature'],
    );
    assert.deepEqual(await detail(session.id), before);
  });
});
