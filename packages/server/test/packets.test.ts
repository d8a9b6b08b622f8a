import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type {
  PartyOutcome,
  PartyView,
  Session,
  SessionDetail,
  SessionList,
  Template,
} from '@signport/core';
import { makePurchaseAgreement } from './fixtures/make-purchase-agreement.js';
import { makeTaggedPdf } from './fixtures/make-tagged-agreement.js';
import { makeSignaturePng } from './fixtures/make-signature-png.js';
import { runPdfTool } from './fixtures/pdf-tools.js';
import { drawPdf, misdrawnFields, misdrawnTexts, readImage } from './support/read-pdf-as-person.js';
import {
  createSession,
  deliveredEmails,
  linkTokenFor,
  partyJson,
  uploadTemplate,
  type SigningWorld,
} from './support/signing.js';
import { signingWorld } from './support/signing-world.js';
import { bearer, json, seedAccount, userWithToken } from './support/test-server.js';

const BUYER = { role: 'buyer', name: 'Zoe Bronte', email: 'zoe@example.com' };
const SELLER = { role: 'seller', name: 'Sam Connor', email: 'sam@example.com' };
/** Prefilled values of the packet, by packet field id: document 1's and document 2's. */
const VALUES: Record<string, string> = {
  'd1.buyer_name': 'Zoe Bronte',
  'd1.seller_name': 'Sam Connor',
  'd1.property_address': '1428 Elm Street',
  'd1.property_city_state_zip': 'Springfield, IL 62704',
  'd1.parcel_number': '14-28-301-017',
  'd1.purchase_price': '452,500.00',
  'd1.earnest_money': '10,000.00',
  'd1.closing_date': '2030-07-15',
  'd1.additional_terms': 'Roof repaired before closing',
  'd2.year_built': '1962',
  'd2.known_hazards': 'Paint on porch rails',
};

/** A one-page flat disclosure whose fields come from text tags. */
function makeDisclosure(): Promise<Uint8Array> {
  return makeTaggedPdf([
    [
      { x: 72, y: 720, text: 'Lead-Based Paint Disclosure', size: 18 },
      { x: 72, y: 660, text: 'Year built: {{text:seller;name=year_built;width=120}}' },
      { x: 72, y: 620, text: 'Known hazards: {{text:seller;name=known_hazards;width=300}}' },
      { x: 72, y: 520, text: 'Buyer signature:' },
      { x: 180, y: 520, text: '{{signature:buyer}}' },
      { x: 72, y: 440, text: 'Seller signature:' },
      { x: 180, y: 440, text: '{{signature:seller}}' },
    ],
  ]);
}

let world: SigningWorld;
let agreement: Template;
let disclosure: Template;
let strangerToken: string;
let strangerTemplate: Template;

async function uploaded(
  token: string,
  pdf: Uint8Array,
  name: string,
  roles?: unknown,
): Promise<Template> {
  const res = await uploadTemplate(world.app, token, pdf, { name, ...(roles ? { roles } : {}) });
  assert.equal(res.status, 201, await res.clone().text());
  return (await res.json()) as Template;
}

const create = (body: unknown, token = world.token) =>
  world.app.request('/v1/sessions', json('POST', body, bearer(token)));
const sessionCount = async () =>
  (
    (await (
      await world.app.request('/v1/sessions', { headers: bearer(world.token) })
    ).json()) as SessionList
  ).items.length;

before(async () => {
  world = await signingWorld();
  agreement = await uploaded(world.token, await makePurchaseAgreement(), 'Purchase Agreement');
  disclosure = await uploaded(world.token, await makeDisclosure(), 'Lead Paint Disclosure');
  const other = await seedAccount(world, 'Harbor Homes', ['https://harbor.test']);
  strangerToken = (await userWithToken(world.app, other.secretKey, 'hank')).token;
  const stranger = await uploaded(strangerToken, await makeDisclosure(), 'Harbor Disclosure');
  strangerTemplate = stranger;
});
after(() => world.close());

describe('creating a packet', () => {
  test('pages and fields of every document in order, roles matched by key, names joined', async () => {
    const session = await createSession(world.app, world.token, {
      templateIds: [agreement.id, disclosure.id],
      parties: [BUYER, SELLER],
    });
    assert.equal(session.templateName, 'Purchase Agreement + Lead Paint Disclosure');
    assert.equal(session.templateId, agreement.id);
    const detail = (await (
      await world.app.request(`/v1/sessions/${session.id}`, { headers: bearer(world.token) })
    ).json()) as SessionDetail;
    assert.deepEqual(detail.documents, [
      {
        number: 1,
        templateId: agreement.id,
        name: 'Purchase Agreement',
        firstPage: 1,
        pageCount: 4,
      },
      {
        number: 2,
        templateId: disclosure.id,
        name: 'Lead Paint Disclosure',
        firstPage: 5,
        pageCount: 1,
      },
    ]);
  });

  test('a packet name given by the sender names the session', async () => {
    const session = await createSession(world.app, world.token, {
      templateIds: [disclosure.id, agreement.id],
      name: '1428 Elm Street offer',
    });
    assert.equal(session.templateName, '1428 Elm Street offer');
  });

  test('a role of one template only is a role of the packet', async () => {
    const notice = await makeTaggedPdf([
      [
        { x: 72, y: 720, text: 'Tenant Notice', size: 18 },
        { x: 72, y: 600, text: 'Seller: {{signature:seller}}' },
        { x: 72, y: 500, text: 'Tenant: {{signature:tenant}}' },
      ],
    ]);
    const tenantForm = await uploaded(world.token, notice, 'Tenant Notice', [
      { key: 'seller', name: 'Seller', order: 2 },
      { key: 'tenant', name: 'Tenant', order: 3 },
    ]);
    const res = await create({
      templateIds: [agreement.id, tenantForm.id],
      parties: [BUYER, SELLER, { role: 'tenant', name: 'Tia Tenant', email: 'tia@example.com' }],
    });
    assert.equal(res.status, 201, await res.clone().text());
    const unknown = await create({
      templateIds: [agreement.id, tenantForm.id],
      parties: [{ role: 'landlord', name: 'Lee', email: 'lee@example.com' }],
    });
    assert.equal(unknown.status, 400);
    assert.equal(((await unknown.json()) as ErrorBody).error.field, 'parties.0.role');
  });

  test('a single template session is unchanged: one document, its own field ids', async () => {
    const session = await createSession(world.app, world.token, {
      templateId: disclosure.id,
      values: { year_built: '1970' },
    });
    assert.equal(session.templateName, 'Lead Paint Disclosure');
    const detail = (await (
      await world.app.request(`/v1/sessions/${session.id}`, { headers: bearer(world.token) })
    ).json()) as SessionDetail;
    assert.equal(detail.documents.length, 1);
    assert.deepEqual(detail.values.find((value) => value.fieldId === 'year_built')?.value, '1970');
  });
});

interface ErrorBody {
  error: { code: string; message: string; field?: string };
}

describe('refused packets change nothing and name the field', () => {
  const cases: Array<[string, () => unknown, number, string, string]> = [
    ['no template', () => ({}), 400, 'validation_failed', 'templateId'],
    [
      'both templateId and templateIds',
      () => ({ templateId: agreement.id, templateIds: [disclosure.id] }),
      400,
      'validation_failed',
      'templateIds',
    ],
    ['an empty packet', () => ({ templateIds: [] }), 400, 'validation_failed', 'templateIds'],
    [
      'the same template twice',
      () => ({ templateIds: [agreement.id, disclosure.id, agreement.id] }),
      400,
      'validation_failed',
      'templateIds.2',
    ],
    [
      'more than ten documents',
      () => ({ templateIds: Array.from({ length: 11 }, (_, i) => `tpl_${i}`) }),
      400,
      'validation_failed',
      'templateIds',
    ],
    [
      'an unknown template',
      () => ({ templateIds: [agreement.id, 'tpl_missing'] }),
      404,
      'not_found',
      'templateIds.1',
    ],
    [
      'another account’s template',
      () => ({ templateIds: [agreement.id, strangerTemplate.id] }),
      404,
      'not_found',
      'templateIds.1',
    ],
  ];
  for (const [name, body, status, code, field] of cases) {
    test(name, async () => {
      const before = await sessionCount();
      const res = await create(body());
      assert.equal(res.status, status, await res.clone().text());
      const { error } = (await res.json()) as ErrorBody;
      assert.equal(error.code, code);
      assert.equal(error.field, field);
      assert.equal(await sessionCount(), before);
    });
  }

  test('another account cannot start a packet from this account’s templates', async () => {
    const res = await create({ templateIds: [strangerTemplate.id, disclosure.id] }, strangerToken);
    assert.equal(res.status, 404);
    assert.equal(((await res.json()) as ErrorBody).error.field, 'templateIds.1');
  });
});

describe('a packet signed by both parties', () => {
  let session: Session;
  let sealed: Uint8Array;
  let buyerView: PartyView;

  before(async () => {
    session = await createSession(world.app, world.token, {
      templateIds: [agreement.id, disclosure.id],
      parties: [BUYER, SELLER],
      values: { ...VALUES, 'd1.possession': 'At closing' },
      send: true,
    });
    const png = await makeSignaturePng(600, 200);
    const signature = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
    let outcome: PartyOutcome | undefined;
    for (const party of [BUYER, SELLER]) {
      const token = linkTokenFor(
        await deliveredEmails(world.db, world.config, world.time),
        party.email,
      );
      const view = (await (
        await world.app.request('/v1/party', { headers: bearer(token) })
      ).json()) as PartyView;
      if (party === BUYER) buyerView = view;
      const signatures = Object.fromEntries(
        view.fields
          .filter((field) => ['signature', 'initials'].includes(field.type))
          .map((field) => [field.id, signature]),
      );
      const done = await world.app.request(
        '/v1/party/complete',
        partyJson('POST', token, {
          consent: { accepted: true, disclosureVersion: view.consent.version },
          signatures,
        }),
      );
      assert.equal(done.status, 200, await done.clone().text());
      outcome = (await done.json()) as PartyOutcome;
    }
    assert.equal(outcome?.status, 'completed');
    const download = await world.app.request(outcome?.documentUrl ?? '');
    assert.equal(download.status, 200);
    sealed = new Uint8Array(await download.arrayBuffer());
  });

  test('a party sees one continuous document: every page, their fields of both documents', async () => {
    assert.deepEqual(
      buyerView.pages.map((page) => page.number),
      [1, 2, 3, 4, 5],
    );
    const signatureFields = buyerView.fields.filter((field) => field.type === 'signature');
    assert.ok(signatureFields.some((field) => field.id.startsWith('d1.') && field.page <= 4));
    assert.ok(signatureFields.some((field) => field.id.startsWith('d2.') && field.page === 5));
    const lastPage = await world.app.request(buyerView.pages[4]?.imageUrl ?? '');
    assert.equal(lastPage.status, 200);
    assert.match(
      await readImage(new Uint8Array(await lastPage.arrayBuffer())),
      /Lead-Based Paint Disclosure/,
    );
  });

  test('the sealed packet is one valid PDF; each value shows where it was placed (OCR)', async () => {
    assert.equal((await runPdfTool('qpdf', ['--check', '{in}'], sealed)).exitCode, 0);
    assert.match(
      (await runPdfTool('pdfsig', ['{in}'], sealed)).stdout,
      /Signature Validation: Signature is Valid\./,
    );
    const drawn = await drawPdf(sealed, 'poppler');
    try {
      assert.equal(drawn.pageCount, 6, 'four pages, one page and the certificate');
      const shown = Object.entries(VALUES).map(([id, value]) => {
        const [, document, fieldId] = /^d(\d)\.(.+)$/.exec(id) ?? [];
        const template = document === '1' ? agreement : disclosure;
        const field = template.fields.find((candidate) => candidate.id === fieldId);
        assert.ok(field, id);
        return { id, value, page: field.page + (document === '1' ? 0 : 4), rect: field.rect };
      });
      assert.deepEqual(await misdrawnFields(drawn, shown), []);
      assert.deepEqual(
        await misdrawnTexts(drawn, sealed, [
          'Certificate of completion',
          'Documents (2)',
          'Purchase Agreement',
          'Lead Paint Disclosure',
        ]),
        [],
      );
      const layout = (await runPdfTool('pdftotext', ['-layout', '{in}', '-'], sealed)).stdout;
      assert.match(layout, /Pages +1 to 4\n/);
      assert.match(layout, /Pages +5\n/);
    } finally {
      await drawn.close();
    }
  });

  test('the sender downloads each document apart: its sealed pages and the certificate', async () => {
    const res = await world.app.request(`/v1/sessions/${session.id}/documents/2`, {
      headers: bearer(world.token),
    });
    assert.equal(res.status, 200, await res.clone().text());
    assert.equal(res.headers.get('content-type'), 'application/pdf');
    assert.match(res.headers.get('content-disposition') ?? '', /Lead Paint Disclosure\.pdf/);
    const pdf = new Uint8Array(await res.arrayBuffer());
    const drawn = await drawPdf(pdf, 'poppler');
    try {
      assert.equal(drawn.pageCount, 2, 'the disclosure and the certificate');
      const field = disclosure.fields.find((candidate) => candidate.id === 'known_hazards');
      assert.ok(field);
      assert.deepEqual(
        await misdrawnFields(drawn, [
          { id: 'known_hazards', value: 'Paint on porch rails', page: 1, rect: field.rect },
        ]),
        [],
      );
      assert.match(await drawn.readPage(2), /Certificate of completion/);
    } finally {
      await drawn.close();
    }
    const first = await world.app.request(`/v1/sessions/${session.id}/documents/1`, {
      headers: bearer(world.token),
    });
    assert.equal(first.status, 200);
    const firstText = (
      await runPdfTool('pdftotext', ['{in}', '-'], new Uint8Array(await first.arrayBuffer()))
    ).stdout;
    assert.match(firstText, /452,500\.00/);
    assert.doesNotMatch(firstText, /Lead-Based Paint Disclosure/);
  });

  test('no third document; none for another account', async () => {
    const missing = await world.app.request(`/v1/sessions/${session.id}/documents/3`, {
      headers: bearer(world.token),
    });
    assert.equal(missing.status, 404);
    const stranger = await world.app.request(`/v1/sessions/${session.id}/documents/1`, {
      headers: bearer(strangerToken),
    });
    assert.equal(stranger.status, 404);
  });
});
