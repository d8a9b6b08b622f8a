import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type {
  AuditTrail,
  InitialAllOutcome,
  PartyOutcome,
  PartyView,
  Template,
  TextTagsErrorBody,
} from '@signport/core';
import { PDFDocument, StandardFonts, degrees } from 'pdf-lib';
import { makeInitialsPng } from './fixtures/make-initials-png.js';
import { makeSignaturePng } from './fixtures/make-signature-png.js';
import { makeTaggedAgreement, makeTaggedPdf } from './fixtures/make-tagged-agreement.js';
import { errorShapeProblem } from './support/error-shape.js';
import { asSeen, drawPdf, readImage, type DrawnPdf } from './support/read-pdf-as-person.js';
import {
  createSession,
  deliveredEmails,
  linkTokenFor,
  partyJson,
  uploadTemplate,
  type SigningWorld,
} from './support/signing.js';
import { signingWorld } from './support/signing-world.js';
import { bearer, json } from './support/test-server.js';

const BUYER = { role: 'buyer', name: 'Margaret Holloway', email: 'margaret@example.com' };
const SELLER = { role: 'seller', name: 'Samuel Pritchard', email: 'samuel@example.com' };
/** The test clock's day: `date_signed` fields show it once signed. */
const SIGNING_DAY = '2030-01-15';
/** What shows of a tag in a reading: its braces or its keywords. */
const TAG_TRACES = /\{\{|\}\}|:buyer|:seller|date_signed|name=|options=|page=all/;

let world: SigningWorld;
before(async () => {
  world = await signingWorld();
});
after(() => world.close());

async function upload(pdf: Uint8Array, roles?: unknown): Promise<Response> {
  return uploadTemplate(world.app, world.token, pdf, { roles });
}

async function templateCount(): Promise<number> {
  const res = await world.app.request('/v1/templates', { headers: bearer(world.token) });
  return ((await res.json()) as { items: unknown[] }).items.length;
}

async function partyToken(email: string): Promise<string> {
  return linkTokenFor(await deliveredEmails(world.db, world.config, world.time), email);
}

async function viewOf(token: string): Promise<PartyView> {
  return (await (
    await world.app.request('/v1/party', { headers: bearer(token) })
  ).json()) as PartyView;
}

async function sign(
  token: string,
  signatures: Record<string, string>,
  values = {},
): Promise<PartyOutcome> {
  const view = await viewOf(token);
  const res = await world.app.request(
    '/v1/party/complete',
    partyJson('POST', token, {
      consent: { accepted: true, disclosureVersion: view.consent.version },
      signatures,
      values,
    }),
  );
  assert.equal(res.status, 200, await res.clone().text());
  return (await res.json()) as PartyOutcome;
}

function initialAll(token: string, initials: string): Promise<Response> {
  return Promise.resolve(
    world.app.request(
      '/v1/party/initial-all',
      partyJson('POST', token, { initials, confirm: true }),
    ),
  );
}

async function sealedDocument(outcome: PartyOutcome): Promise<Uint8Array> {
  assert.equal(outcome.status, 'completed');
  const download = await world.app.request(outcome.documentUrl ?? '');
  assert.equal(download.status, 200);
  return new Uint8Array(await download.arrayBuffer());
}

describe('a PDF prepared with text tags', () => {
  let template: Template;
  let sealed: DrawnPdf;
  const field = (id: string) => {
    const found = template.fields.find((candidate) => candidate.id === id);
    assert.ok(found, `field ${id}`);
    return found;
  };

  before(async () => {
    const res = await upload(await makeTaggedAgreement(), undefined);
    assert.equal(res.status, 201, await res.clone().text());
    template = (await res.json()) as Template;
  });
  after(() => sealed?.close());

  test('becomes a template whose fields sit where the tags were, with the roles the tags name', () => {
    assert.deepEqual(
      template.roles.map((role) => [role.key, role.name]),
      [
        ['buyer', 'Buyer'],
        ['seller', 'Seller'],
      ],
    );
    assert.deepEqual(
      template.fields.map((f) => [f.id, f.type, f.role, f.page, f.required]),
      [
        ['buyer_name', 'text', 'buyer', 1, true],
        ['financing', 'radio', 'buyer', 1, false],
        ['buyer_signature', 'signature', 'buyer', 1, true],
        ['buyer_date_signed', 'date_signed', 'buyer', 1, false],
        ['seller_signature', 'signature', 'seller', 1, true],
        ['seller_date_signed', 'date_signed', 'seller', 1, false],
        ['seller_initials_p1', 'initials', 'seller', 1, true],
        ['seller_initials_p2', 'initials', 'seller', 2, true],
        ['buyer_initials', 'initials', 'buyer', 2, true],
      ],
    );
    assert.deepEqual(field('financing').options, ['Cash', 'Loan']);
    // "{{signature:buyer}}" was drawn at x = 180 pt on the baseline y = 560 pt of a 612 × 792 pt page.
    const signature = field('buyer_signature').rect;
    assert.ok(Math.abs(signature.x * 612 - 180) < 0.5, `x ${signature.x * 612}`);
    const bottom = (1 - signature.y - signature.height) * 792;
    assert.ok(Math.abs(bottom - 556.7) < 0.5, `bottom ${bottom}`);
    assert.ok(Math.abs(signature.height * 792 - 30) < 0.5, 'a signature is 30 pt tall');
    // The name tag shares its line with "Buyer name: ", which ends at 137.4 pt; it asks for 220 pt.
    const name = field('buyer_name').rect;
    assert.ok(Math.abs(name.x * 612 - 137.4) < 1, `x ${name.x * 612}`);
    assert.ok(Math.abs(name.width * 612 - 220) < 0.5);
    assert.deepEqual(field('seller_initials_p2').rect, field('seller_initials_p1').rect);
  });

  test('its page images show the document without the tags', async () => {
    const image = await world.app.request(template.pages[0]?.imageUrl ?? '');
    assert.equal(image.status, 200);
    const read = await readImage(new Uint8Array(await image.arrayBuffer()));
    assert.match(read, /Tagged Purchase Agreement/);
    assert.match(read, /Buyer signature:/);
    assert.doesNotMatch(read, TAG_TRACES, read);
  });

  test('signed and sealed, it shows each value where its tag was and no tag at all', async () => {
    await createSession(world.app, world.token, {
      templateId: template.id,
      parties: [BUYER, SELLER],
      send: true,
    });
    const signature = `data:image/png;base64,${Buffer.from(await makeSignaturePng(600, 200)).toString('base64')}`;
    const buyer = await partyToken(BUYER.email);
    const seller = await partyToken(SELLER.email);
    assert.equal((await initialAll(buyer, await makeInitialsPng('MH'))).status, 200);
    assert.equal((await initialAll(seller, await makeInitialsPng('SP'))).status, 200);
    await sign(
      buyer,
      { buyer_signature: signature },
      { buyer_name: BUYER.name, financing: 'Cash' },
    );
    const outcome = await sign(seller, { seller_signature: signature });
    sealed = await drawPdf(await sealedDocument(outcome), 'poppler');

    const pageText = (await viewOf(buyer)).pages.map((page) => page.text).join('\n');
    assert.match(pageText, /Buyer signature:/);
    assert.doesNotMatch(pageText, TAG_TRACES, 'the page text read to screen readers has no tags');
    const page1 = await sealed.readPage(1);
    const page2 = await sealed.readPage(2);
    assert.match(page1, /Tagged Purchase Agreement/);
    assert.doesNotMatch(page1, TAG_TRACES, page1);
    assert.doesNotMatch(page2, TAG_TRACES, page2);
    const read = (id: string) => sealed.readRegion(field(id), ['eng']);
    assert.equal(asSeen(await read('buyer_name')), BUYER.name);
    assert.equal(asSeen(await read('buyer_date_signed')), SIGNING_DAY);
    assert.equal(asSeen(await read('seller_date_signed')), SIGNING_DAY);
    assert.equal(asSeen(await read('seller_initials_p1')), 'SP');
    assert.equal(asSeen(await read('seller_initials_p2')), 'SP');
    assert.equal(asSeen(await read('buyer_initials')), 'MH');
  });
});

test('faulty tags are each reported with their page, and nothing is stored', async () => {
  const before = await templateCount();
  const pdf = await makeTaggedPdf([
    [
      { x: 72, y: 700, text: 'Sign here: {{signatur:buyer}}' },
      { x: 72, y: 660, text: '{{text:buyer;name=buyer_name}}' },
    ],
    [
      { x: 72, y: 700, text: 'Tenant: {{text:tenant}}' },
      { x: 72, y: 660, text: '{{text:seller;colour=red}}' },
      { x: 72, y: 620, text: '{{select:seller;name=terms}}' },
    ],
  ]);
  const res = await upload(pdf, [
    { key: 'buyer', name: 'Buyer', order: 1 },
    { key: 'seller', name: 'Seller', order: 2 },
  ]);
  assert.equal(res.status, 400);
  const text = await res.clone().text();
  assert.equal(errorShapeProblem(res.headers.get('content-type'), text), undefined, text);
  const body = (await res.json()) as TextTagsErrorBody;
  assert.equal(body.error.code, 'invalid_text_tags');
  assert.equal(body.error.field, 'file');
  assert.match(
    body.error.message,
    /^Tag \{\{signatur:buyer\}\} on page 1: Unknown field type “signatur”.* \(and 3 more\)\.$/,
  );
  assert.deepEqual(
    body.error.tags.map(({ tag, page, message }) => [tag, page, message.split(';')[0]]),
    [
      ['{{signatur:buyer}}', 1, 'Unknown field type “signatur”'],
      ['{{text:tenant}}', 2, 'No role “tenant” in this template (its roles: buyer, seller)'],
      ['{{text:seller;colour=red}}', 2, 'Unknown option “colour”'],
      ['{{select:seller;name=terms}}', 2, 'A select tag needs options, e.g. options=Yes|No'],
    ],
  );
  assert.equal(await templateCount(), before, 'no template was made');
});

test('a tag written in several runs of one line is one tag', async () => {
  // Word processors split a line into runs (here a larger first brace, as Acrobat's tags allow).
  const pdf = await makeTaggedPdf([
    [
      { x: 72, y: 700, text: 'Closing date:' },
      { x: 150, y: 700, text: '{{', size: 14 },
      { x: 159.35, y: 700, text: 'date:buyer;name=closing_date}}' },
    ],
  ]);
  const res = await upload(pdf, undefined);
  assert.equal(res.status, 201, await res.clone().text());
  const [field] = ((await res.json()) as Template).fields;
  assert.equal(field?.id, 'closing_date');
  assert.equal(field?.type, 'date');
  assert.ok(Math.abs((field?.rect.x ?? 0) * 612 - 150) < 0.5, `x ${(field?.rect.x ?? 0) * 612}`);
});

test('two tags run together on one line become two fields, each at its own tag, both hidden', async () => {
  const font = await PDFDocument.create().then((doc) => doc.embedFont(StandardFonts.Helvetica));
  const widthOf = (text: string) => font.widthOfTextAtSize(text, 11);
  // The seller's line is split by its writer between the braces of the second tag, 2 pt apart:
  // text extraction reads that gap as a space, "{{signature:seller}}{ {date_signed:seller}}".
  const split = '{{signature:seller}}{';
  const pdf = await makeTaggedPdf([
    [
      { x: 72, y: 600, text: '{{signature:buyer}}{{date_signed:buyer}}' },
      { x: 72, y: 500, text: split },
      { x: 72 + widthOf(split) + 2, y: 500, text: '{date_signed:seller}}' },
    ],
  ]);
  const res = await upload(pdf, undefined);
  assert.equal(res.status, 201, await res.clone().text());
  const template = (await res.json()) as Template;
  const left = (id: string) => (template.fields.find((f) => f.id === id)?.rect.x ?? NaN) * 612;
  assert.deepEqual(
    template.fields.map((f) => f.id),
    ['buyer_signature', 'buyer_date_signed', 'seller_signature', 'seller_date_signed'],
  );
  const expected = {
    buyer_signature: 72,
    buyer_date_signed: 72 + widthOf('{{signature:buyer}}'),
    seller_signature: 72,
    seller_date_signed: 72 + widthOf('{{signature:seller}}'),
  };
  for (const [id, x] of Object.entries(expected)) {
    assert.ok(Math.abs(left(id) - x) < 1, `${id} at ${left(id)}, its tag at ${x}`);
  }
  const image = await world.app.request(template.pages[0]?.imageUrl ?? '');
  const read = await readImage(new Uint8Array(await image.arrayBuffer()));
  assert.doesNotMatch(read, TAG_TRACES, read);
});

test('a tag left open on its line is refused by name, not dropped', async () => {
  const before = await templateCount();
  const pdf = await makeTaggedPdf([
    [
      { x: 72, y: 600, text: 'Sign: {{signature:buyer} Date: {{date_signed:buyer}}' },
      { x: 72, y: 500, text: 'Initials: {{initials:buyer;' },
      { x: 72, y: 488, text: 'page=all}}' },
    ],
  ]);
  const res = await upload(pdf, undefined);
  assert.equal(res.status, 400, await res.clone().text());
  const body = (await res.json()) as TextTagsErrorBody;
  assert.equal(body.error.code, 'invalid_text_tags');
  assert.deepEqual(
    body.error.tags.map(({ tag, page, message }) => [tag, page, message]),
    [
      ['{{signature:buyer}', 1, 'The tag is not closed: end it with }} on the same line'],
      ['{{initials:buyer;', 1, 'The tag is not closed: end it with }} on the same line'],
    ],
  );
  assert.equal(await templateCount(), before, 'no template was made');
});

test('on a page turned a quarter, the field sits where the tag reads and the tag is hidden', async () => {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([612, 792]);
  page.setRotation(degrees(90));
  // Text running up the unrotated page reads left to right on the page as displayed (792 × 612 pt).
  page.drawText('Sign here: {{signature:buyer}}', {
    x: 100,
    y: 200,
    size: 11,
    font,
    rotate: degrees(90),
  });
  const res = await upload(await doc.save(), undefined);
  assert.equal(res.status, 201, await res.clone().text());
  const template = (await res.json()) as Template;
  const rect = template.fields[0]?.rect;
  assert.ok(rect);
  const tagLeft = 200 + font.widthOfTextAtSize('Sign here: ', 11);
  assert.ok(Math.abs(rect.x * 792 - tagLeft) < 1, `x ${rect.x * 792} vs ${tagLeft}`);
  // The baseline is 100 pt from the unrotated left edge, which is the displayed top.
  const bottom = (rect.y + rect.height) * 612;
  assert.ok(bottom > 100 && bottom < 104, `bottom ${bottom}`);
  const image = await world.app.request(template.pages[0]?.imageUrl ?? '');
  const read = await readImage(new Uint8Array(await image.arrayBuffer()));
  assert.match(read, /Sign here:/);
  assert.doesNotMatch(read, TAG_TRACES, read);
});

describe('initials on every page of a three-page template', () => {
  const HOME_BUYER = { role: 'buyer', name: 'Nora Whitfield', email: 'nora@example.com' };
  const HOME_SELLER = { role: 'seller', name: 'Owen Castillo', email: 'owen@example.com' };
  let template: Template;

  before(async () => {
    const pages = [1, 2, 3].map((n) => [{ x: 72, y: 700, text: `Page ${n} of the disclosure` }]);
    const form = new FormData();
    form.set('file', new Blob([await makeTaggedPdf(pages)], { type: 'application/pdf' }), 'd.pdf');
    form.set('name', 'Disclosure');
    form.set(
      'roles',
      JSON.stringify([
        { key: 'buyer', name: 'Buyer', order: 1 },
        { key: 'seller', name: 'Seller', order: 1 },
      ]),
    );
    form.set(
      'fields',
      JSON.stringify([
        {
          id: 'buyer_signature',
          name: 'Buyer signature',
          role: 'buyer',
          type: 'signature',
          page: 3,
          rect: { x: 0.1, y: 0.5, width: 0.3, height: 0.05 },
        },
        {
          id: 'seller_signature',
          name: 'Seller signature',
          role: 'seller',
          type: 'signature',
          page: 3,
          rect: { x: 0.5, y: 0.5, width: 0.3, height: 0.05 },
        },
      ]),
    );
    form.set(
      'initialsOnEveryPage',
      JSON.stringify([
        { role: 'buyer', rect: { x: 0.6, y: 0.9, width: 0.1, height: 0.05 } },
        { role: 'seller', rect: { x: 0.75, y: 0.9, width: 0.1, height: 0.05 } },
      ]),
    );
    const res = await world.app.request('/v1/templates', {
      method: 'POST',
      headers: bearer(world.token),
      body: form,
    });
    assert.equal(res.status, 201, await res.clone().text());
    template = (await res.json()) as Template;
  });

  test('each role gets an initials field on every page, at its chosen place', () => {
    const initials = template.fields.filter((f) => f.type === 'initials');
    assert.deepEqual(
      initials.map((f) => [f.id, f.role, f.page, f.rect.x, f.required]),
      [
        ['buyer_initials_p1', 'buyer', 1, 0.6, true],
        ['buyer_initials_p2', 'buyer', 2, 0.6, true],
        ['buyer_initials_p3', 'buyer', 3, 0.6, true],
        ['seller_initials_p1', 'seller', 1, 0.75, true],
        ['seller_initials_p2', 'seller', 2, 0.75, true],
        ['seller_initials_p3', 'seller', 3, 0.75, true],
      ],
    );
  });

  test('"Initial all" fills every initials field of the party at once, is audited, and shows on every sealed page', async () => {
    const session = await createSession(world.app, world.token, {
      templateId: template.id,
      parties: [HOME_BUYER, HOME_SELLER],
      send: true,
    });
    const buyer = await partyToken(HOME_BUYER.email);
    const seller = await partyToken(HOME_SELLER.email);

    const refused = await world.app.request(
      '/v1/party/initial-all',
      partyJson('POST', buyer, { initials: await makeInitialsPng('MH') }),
    );
    assert.equal(refused.status, 400, 'without the confirmation nothing is filled');
    assert.equal((await viewOf(buyer)).fields.filter((f) => f.value).length, 0);

    // A party of another session of the same template initials theirs only: links open one session.
    await createSession(world.app, world.token, {
      templateId: template.id,
      parties: [
        { role: 'buyer', name: 'Ivy Stranger', email: 'ivy@example.com' },
        { role: 'seller', name: 'Ian Stranger', email: 'ian@example.com' },
      ],
      send: true,
    });
    const stranger = await partyToken('ivy@example.com');
    assert.equal((await initialAll(stranger, await makeInitialsPng('IS'))).status, 200);
    assert.equal((await viewOf(buyer)).fields.filter((f) => f.value).length, 0);

    const res = await initialAll(buyer, await makeInitialsPng('MH'));
    assert.equal(res.status, 200, await res.clone().text());
    const outcome = (await res.json()) as InitialAllOutcome;
    assert.deepEqual(outcome.fieldIds, [
      'buyer_initials_p1',
      'buyer_initials_p2',
      'buyer_initials_p3',
    ]);
    const view = await viewOf(buyer);
    const filled = view.fields.filter((f) => f.type === 'initials' && typeof f.value === 'string');
    assert.equal(filled.length, 3, 'the buyer sees all three initialed');
    assert.equal(
      (await viewOf(seller)).fields.filter((f) => f.type === 'initials' && f.value).length,
      0,
      'the seller’s initials are theirs to give',
    );

    const audit = await world.app.request(`/v1/sessions/${session.id}/audit`, {
      headers: bearer(world.token),
    });
    const events = ((await audit.json()) as AuditTrail).events.filter(
      (e) => e.type === 'initialed_all',
    );
    assert.equal(events.length, 1);
    assert.equal(events[0]?.details.count, 3);
    assert.equal(
      events[0]?.description,
      `${HOME_BUYER.name} initialed 3 initials fields at once with “Initial all”, after confirming`,
    );

    const signature = `data:image/png;base64,${Buffer.from(await makeSignaturePng(600, 200)).toString('base64')}`;
    await sign(buyer, { buyer_signature: signature });
    assert.equal((await initialAll(seller, await makeInitialsPng('SP'))).status, 200);
    const drawn = await drawPdf(
      await sealedDocument(await sign(seller, { seller_signature: signature })),
      'poppler',
    );
    try {
      for (const page of [1, 2, 3]) {
        const region = (id: string) => template.fields.find((f) => f.id === `${id}_p${page}`)!;
        assert.equal(
          asSeen(await drawn.readRegion(region('buyer_initials'), ['eng'])),
          'MH',
          `page ${page}`,
        );
        assert.equal(
          asSeen(await drawn.readRegion(region('seller_initials'), ['eng'])),
          'SP',
          `page ${page}`,
        );
      }
      const certificate = await drawn.readPage(drawn.pageCount);
      assert.match(certificate, /initialed 3 initials fields at once/);
    } finally {
      await drawn.close();
    }
  });

  test('"Initial all" on a completed session is refused and changes nothing', async () => {
    // Both parties of the session above signed: the buyer's link still opens it, but not to change it.
    const buyer = await partyToken(HOME_BUYER.email);
    const before = (await viewOf(buyer)).fields.map((f) => f.value);
    const res = await initialAll(buyer, await makeInitialsPng('XX'));
    assert.equal(res.status, 409);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'invalid_state');
    assert.deepEqual(
      (await viewOf(buyer)).fields.map((f) => f.value),
      before,
    );
  });

  test('PATCH with initialsOnEveryPage moves a role’s initials on every page', async () => {
    const res = await world.app.request(
      `/v1/templates/${template.id}`,
      json(
        'PATCH',
        {
          initialsOnEveryPage: [
            { role: 'seller', rect: { x: 0.8, y: 0.05, width: 0.1, height: 0.05 } },
          ],
        },
        bearer(world.token),
      ),
    );
    assert.equal(res.status, 200, await res.clone().text());
    const fields = ((await res.json()) as Template).fields.filter((f) => f.type === 'initials');
    assert.deepEqual(
      fields.map((f) => [f.id, f.rect.x, f.rect.y]),
      [
        ['buyer_initials_p1', 0.6, 0.9],
        ['buyer_initials_p2', 0.6, 0.9],
        ['buyer_initials_p3', 0.6, 0.9],
        ['seller_initials_p1', 0.8, 0.05],
        ['seller_initials_p2', 0.8, 0.05],
        ['seller_initials_p3', 0.8, 0.05],
      ],
    );
  });
});
