import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { PartyOutcome, PartyView, Template } from '@signport/core';
import { makePurchaseAgreement } from './fixtures/make-purchase-agreement.js';
import { makeSignaturePng } from './fixtures/make-signature-png.js';
import { runPdfTool } from './fixtures/pdf-tools.js';
import {
  asSeen,
  drawPdf,
  misdrawnTexts,
  type DrawnPdf,
  misdrawnFields,
  type PdfRenderer,
} from './support/read-pdf-as-person.js';
import {
  createSession,
  deliveredEmails,
  linkTokenFor,
  partyJson,
  uploadedTemplate,
  type SigningWorld,
} from './support/signing.js';
import { signingWorld } from './support/signing-world.js';
import { bearer } from './support/test-server.js';

const BUYER = { role: 'buyer', name: 'Zoë Brontë', email: 'zoe@example.com' };
const SELLER = { role: 'seller', name: 'Юлия Смирнова', email: 'yulia@example.com' };
/** Each value and what it looks like drawn: 李 is a character the font lacks, drawn as "?". */
const VALUES: Record<string, [value: string, seen: string]> = {
  buyer_name: ['Zoë Brontë', 'Zoë Brontë'],
  seller_name: ['Юлия Смирнова', 'Юлия Смирнова'],
  property_address: ['12 O’Connor Lane, Łódź', '12 O’Connor Lane, Łódź'],
  property_city_state_zip: ['Springfield, IL 62704', 'Springfield, IL 62704'],
  parcel_number: ['Lot Wei 李', 'Lot Wei ?'],
  purchase_price: ['452,500.00', '452,500.00'],
  earnest_money: ['10,000.00', '10,000.00'],
  closing_date: ['2030-07-15', '2030-07-15'],
  additional_terms: ['Ελένη Παππά', 'Ελένη Παππά'],
};

let world: SigningWorld;
let template: Template;
let sealed: Uint8Array;
let originalSha256: string;

before(async () => {
  world = await signingWorld();
  const original = await makePurchaseAgreement();
  originalSha256 = createHash('sha256').update(original).digest('hex');
  template = await uploadedTemplate(world.app, world.token, original);
  const values = Object.fromEntries(Object.entries(VALUES).map(([id, [value]]) => [id, value]));
  await createSession(world.app, world.token, {
    templateId: template.id,
    parties: [BUYER, SELLER],
    values: { ...values, possession: 'At closing' },
    send: true,
  });
  const png = await makeSignaturePng(600, 200);
  const signature = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
  let outcome: PartyOutcome | undefined;
  for (const party of [BUYER, SELLER]) {
    const emails = await deliveredEmails(world.db, world.config, world.time);
    const token = linkTokenFor(emails, party.email);
    const view = (await (
      await world.app.request('/v1/party', { headers: bearer(token) })
    ).json()) as PartyView;
    const signatures = Object.fromEntries(
      template.fields
        .filter((f) => f.role === party.role && ['signature', 'initials'].includes(f.type))
        .map((f) => [f.id, signature]),
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
after(() => world.close());

test('the sealed PDF passes qpdf and pdfsig, and pdftotext extracts every value', async () => {
  assert.equal((await runPdfTool('qpdf', ['--check', '{in}'], sealed)).exitCode, 0);
  assert.match(
    (await runPdfTool('pdfsig', ['{in}'], sealed)).stdout,
    /Signature Validation: Signature is Valid\./,
  );
  const text = asSeen((await runPdfTool('pdftotext', ['{in}', '-'], sealed)).stdout);
  for (const [, seen] of Object.values(VALUES)) {
    assert.ok(text.includes(asSeen(seen)), `pdftotext finds ${seen}`);
  }
});

for (const renderer of ['poppler', 'pdf.js'] satisfies PdfRenderer[]) {
  describe(`the sealed PDF drawn by ${renderer}, read back by OCR`, () => {
    let drawn: DrawnPdf;
    before(async () => {
      drawn = await drawPdf(sealed, renderer);
    });
    after(() => drawn.close());

    test('every filled value shows with all its letters, field by field', async () => {
      const shown = Object.entries(VALUES).map(([id, [, value]]) => {
        const field = template.fields.find((f) => f.id === id);
        assert.ok(field, id);
        return { id, value, page: field.page, rect: field.rect };
      });
      assert.deepEqual(await misdrawnFields(drawn, shown), []);
    });

    test('the certificate shows its headings, every party and the original SHA-256', async () => {
      assert.equal(drawn.pageCount, 5, 'four pages and the certificate');
      const misdrawn = await misdrawnTexts(drawn, sealed, [
        'Certificate of completion',
        'Residential Purchase Agreement',
        originalSha256,
        'Parties (2)',
        `${BUYER.name} - Buyer`,
        `${SELLER.name} - Seller`,
        'Betty Agent <betty@shoreline.test>',
        'Consent to e-sign',
        'Event trail (10)',
        'page 1 of 1',
      ]);
      assert.deepEqual(misdrawn, [], `${renderer} draws every line of the certificate`);
    });
  });
}
