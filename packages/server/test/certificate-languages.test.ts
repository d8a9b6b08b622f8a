import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { PartyOutcome, PartyView, Template } from '@signport/core';
import { makePurchaseAgreement } from './fixtures/make-purchase-agreement.js';
import { makeTaggedPdf } from './fixtures/make-tagged-agreement.js';
import { makeSignaturePng } from './fixtures/make-signature-png.js';
import { runPdfTool } from './fixtures/pdf-tools.js';
import { drawPdf } from './support/read-pdf-as-person.js';
import {
  createSession,
  deliveredEmails,
  linkTokenFor,
  partyJson,
  uploadTemplate,
  type SigningWorld,
} from './support/signing.js';
import { signingWorld } from './support/signing-world.js';
import { bearer } from './support/test-server.js';

// A packet's certificate lists its documents and their pages: those labels follow the session's
// language like the other headings, read back off the drawn page as a person would see them.

const VALUES = {
  'd1.buyer_name': 'Begoña Compradora',
  'd1.seller_name': 'Sam Seller',
  'd1.property_address': '1428 Elm Street',
  'd1.property_city_state_zip': 'Springfield, IL 62704',
  'd1.purchase_price': '452,500.00',
  'd1.earnest_money': '10,000.00',
  'd1.closing_date': '2030-07-15',
  'd1.possession': 'At closing',
};

let world: SigningWorld;
let templates: Template[];

async function uploaded(pdf: Uint8Array, name: string): Promise<Template> {
  const res = await uploadTemplate(world.app, world.token, pdf, { name });
  assert.equal(res.status, 201, await res.clone().text());
  return (await res.json()) as Template;
}

before(async () => {
  world = await signingWorld();
  const disclosure = await makeTaggedPdf([
    [
      { x: 72, y: 720, text: 'Lead-Based Paint Disclosure', size: 18 },
      { x: 72, y: 520, text: 'Buyer signature:' },
      { x: 180, y: 520, text: '{{signature:buyer}}' },
    ],
  ]);
  templates = [
    await uploaded(await makePurchaseAgreement(), 'Purchase Agreement'),
    await uploaded(disclosure, 'Lead Paint Disclosure'),
  ];
});
after(() => world.close());

/** Signs a packet whose first party speaks `locale` and returns the sealed PDF. */
async function sealedPacket(locale: string): Promise<Uint8Array> {
  const parties = [
    { role: 'buyer', name: 'Begoña Compradora', email: `buyer-${locale}@example.com`, locale },
    { role: 'seller', name: 'Sam Seller', email: `seller-${locale}@example.com` },
  ];
  await createSession(world.app, world.token, {
    templateIds: templates.map((template) => template.id),
    parties,
    values: VALUES,
    send: true,
  });
  const png = await makeSignaturePng(600, 200);
  const signature = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
  let outcome: PartyOutcome | undefined;
  for (const party of parties) {
    const token = linkTokenFor(
      await deliveredEmails(world.db, world.config, world.time),
      party.email,
    );
    const view = (await (
      await world.app.request('/v1/party', { headers: bearer(token) })
    ).json()) as PartyView;
    const done = await world.app.request(
      '/v1/party/complete',
      partyJson('POST', token, {
        consent: { accepted: true, disclosureVersion: view.consent.version },
        signatures: Object.fromEntries(
          view.fields
            .filter((field) => field.type === 'signature' || field.type === 'initials')
            .map((field) => [field.id, signature]),
        ),
      }),
    );
    assert.equal(done.status, 200, await done.clone().text());
    outcome = (await done.json()) as PartyOutcome;
  }
  assert.equal(outcome?.status, 'completed');
  const download = await world.app.request(outcome.documentUrl ?? '');
  assert.equal(download.status, 200);
  return new Uint8Array(await download.arrayBuffer());
}

test('a Spanish packet certificate names its documents and pages in Spanish', async () => {
  const sealed = await sealedPacket('es');
  const drawn = await drawPdf(sealed, 'poppler');
  try {
    // English reading, as a reviewer without the Spanish model would: unaccented words only.
    const certificate = await drawn.readPage(drawn.pageCount, ['eng']);
    assert.match(certificate, /Documentos \(2\)/, certificate);
    assert.match(certificate, /P.ginas +1 ?a ?4/, 'the page range of the first document');
    assert.match(certificate, /P.ginas +5/, 'the single page of the second');
    assert.match(certificate, /Lead Paint Disclosure/, 'document names stay as written');
    assert.doesNotMatch(certificate, /Documents \(2\)|Pages|1 ?to ?4/);
  } finally {
    await drawn.close();
  }
  // The text layer says the same, accents included.
  const layout = (await runPdfTool('pdftotext', ['-layout', '{in}', '-'], sealed)).stdout;
  assert.match(layout, /Páginas +1 ?a ?4\s/);
});

test('a French packet certificate names its pages in French', async () => {
  const sealed = await sealedPacket('fr');
  const drawn = await drawPdf(sealed, 'poppler');
  try {
    const certificate = await drawn.readPage(drawn.pageCount, ['eng']);
    assert.match(certificate, /Certificat d.ach.vement/, certificate);
    assert.match(certificate, /Documents \(2\)/);
    assert.match(certificate, /Pages +1 ?[aà] ?4/, 'the range joined with "à", not "to"');
    assert.doesNotMatch(certificate, /1 ?to ?4/);
  } finally {
    await drawn.close();
  }
});
