import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { fillDocument } from '../src/platform/pdf/fill-document.js';
import { inspectPdf } from '../src/platform/pdf/inspect-pdf.js';
import { renderPages } from '../src/platform/pdf/render-pages.js';
import { SignatureImageRejectedError } from '../src/platform/pdf/signature-image-rejected-error.js';
import type { DetectedField, PdfRect, Placement } from '../src/platform/pdf/types.js';
import { makePurchaseAgreement } from './fixtures/make-purchase-agreement.js';
import { makeSignaturePng } from './fixtures/make-signature-png.js';
import { runPdfTool } from './fixtures/pdf-tools.js';
import { purchaseAgreementPlacements } from './fixtures/purchase-agreement-placements.js';

const SCALE = 2;
let agreement: Uint8Array;
let fields: DetectedField[];
let placements: Placement[];
let filled: Uint8Array;

before(async () => {
  agreement = await makePurchaseAgreement();
  fields = (await inspectPdf(agreement, { maxBytes: 10_000_000 })).fields;
  placements = purchaseAgreementPlacements(fields, {
    signature: await makeSignaturePng(600, 200),
    initials: await makeSignaturePng(240, 120),
  });
  filled = await fillDocument(agreement, placements);
});

function field(name: string, option?: string): DetectedField {
  const found = fields.find(
    (f) => f.name === name && (option === undefined || f.option === option),
  );
  assert.ok(found, name);
  return found;
}

/**
 * Share of clearly dark pixels inside `rect` (PDF points) of a page rendered at SCALE, looking only
 * at the middle `share` of the box so printed box and circle outlines do not count as ink.
 */
async function inkIn(
  webp: Uint8Array,
  box: PdfRect,
  share = 0.9,
  pageHeight = 792,
): Promise<number> {
  const rect = {
    x: box.x + (box.width * (1 - share)) / 2,
    y: box.y + (box.height * (1 - share)) / 2,
    width: box.width * share,
    height: box.height * share,
  };
  const image = await loadImage(Buffer.from(webp));
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const x = Math.round(rect.x * SCALE);
  const y = Math.round((pageHeight - rect.y - rect.height) * SCALE);
  const width = Math.round(rect.width * SCALE);
  const height = Math.round(rect.height * SCALE);
  const { data } = context.getImageData(x, y, width, height);
  let dark = 0;
  for (let index = 0; index < data.length; index += 4) {
    if ((data[index] ?? 255) + (data[index + 1] ?? 255) + (data[index + 2] ?? 255) < 450) dark++;
  }
  return dark / (width * height);
}

describe('fillDocument on the purchase agreement', () => {
  test('the result passes qpdf --check', async () => {
    const { exitCode, stdout } = await runPdfTool('qpdf', ['--check', '{in}'], filled);
    assert.equal(exitCode, 0, stdout);
    assert.match(stdout, /No syntax or stream encoding errors found/);
  });

  test('pdftotext shows the filled values, with characters the font lacks replaced', async () => {
    const { stdout } = await runPdfTool('pdftotext', ['{in}', '-'], filled);
    const text = stdout.replace(/\s+/g, ' ');
    for (const value of [
      'Zoë Łukasz-Brontë',
      'Samuel O’Connor',
      'zoe.buyer@example.com',
      '1428 Elm Street, Unit 3B',
      'Springfield, IL 62704',
      '452,500.00',
      '10,000.00',
      '2025-07-15',
      'Fidelity National Title',
      '2025-06-03',
    ]) {
      assert.ok(text.includes(value), `missing ${value}`);
    }
    assert.match(text, /Seller to repair the roof flashing/);
  });

  test('no AcroForm and no form widgets remain', async () => {
    const doc = await PDFDocument.load(filled);
    assert.equal(doc.catalog.get(PDFName.of('AcroForm')), undefined);
    for (const page of doc.getPages()) {
      const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
      for (const entry of annots?.asArray() ?? []) {
        const annot = doc.context.lookupMaybe(entry, PDFDict);
        assert.notEqual(annot?.get(PDFName.of('Subtype')), PDFName.of('Widget'));
      }
    }
    assert.equal(doc.getPageCount(), 4);
    const { fields: remaining } = await inspectPdf(filled, { maxBytes: 10_000_000 });
    assert.deepEqual(remaining, []);
  });

  test('ticked boxes, the chosen radio button and the signatures are drawn; the rest stay blank', async () => {
    const [page1, page2, , page4] = await renderPages(filled, { scale: SCALE });
    assert.ok(page1 && page2 && page4);
    const middle = 0.4;
    assert.ok(
      (await inkIn(page1.webp, field('financing_conventional').rect, middle)) > 0.1,
      'ticked',
    );
    assert.equal(await inkIn(page1.webp, field('financing_cash').rect, middle), 0, 'unticked');
    assert.ok(
      (await inkIn(page2.webp, field('possession', 'At closing').rect, middle)) > 0.5,
      'chosen',
    );
    assert.equal(
      await inkIn(page2.webp, field('possession', 'Days after closing').rect, middle),
      0,
    );
    assert.ok((await inkIn(page4.webp, field('buyer_signature').rect)) > 0.01, 'buyer signature');
    assert.ok((await inkIn(page4.webp, field('seller_signature').rect)) > 0.01, 'seller signature');
    assert.ok((await inkIn(page1.webp, field('buyer_initials_p1').rect)) > 0.01, 'initials');
  });
});

describe('fillDocument refusals and fitting', () => {
  const box = { x: 100, y: 200, width: 120, height: 14 };

  test('a long value shrinks to fit its box, then wraps when even the smallest size is too wide', async () => {
    const long = 'Parcel 14-28-301-017 together with an easement for ingress and egress';
    const longer = `${long} over the shared driveway as recorded in Book 1187, Page 44`;
    const result = await fillDocument(agreement, [
      { fieldId: 'a', page: 4, rect: { ...box, width: 220 }, type: 'text', value: long },
      {
        fieldId: 'b',
        page: 4,
        rect: { ...box, y: 150, width: 220, height: 16 },
        type: 'text',
        value: longer,
      },
    ]);
    const { stdout } = await runPdfTool('pdftotext', ['-f', '4', '-l', '4', '{in}', '-'], result);
    const lines = stdout.split('\n');
    assert.ok(lines.includes(long), 'shrunk onto one line');
    assert.ok(!lines.includes(longer), 'wrapped');
    assert.match(
      stdout.replace(/\s+/g, ' '),
      /over the shared driveway as recorded in Book 1187, Page 44/,
    );
  });

  test('a truncated signature PNG is refused before pdf-lib sees it', async () => {
    const png = await makeSignaturePng();
    const started = performance.now();
    await assert.rejects(
      fillDocument(agreement, [
        {
          fieldId: 'buyer_signature',
          page: 4,
          rect: box,
          type: 'signature',
          value: png.subarray(0, 3000),
        },
      ]),
      (error: unknown) =>
        error instanceof SignatureImageRejectedError && error.code === 'signature_image_invalid',
    );
    assert.ok(performance.now() - started < 1000);
  });

  test('a signature given as text, or a placement off the document, is a programming error', async () => {
    await assert.rejects(
      fillDocument(agreement, [
        { fieldId: 's', page: 1, rect: box, type: 'signature', value: 'Zoë' },
      ]),
      TypeError,
    );
    await assert.rejects(
      fillDocument(agreement, [{ fieldId: 'x', page: 5, rect: box, type: 'text', value: 'x' }]),
      RangeError,
    );
    await assert.rejects(
      fillDocument(agreement, [
        { fieldId: 'x', page: 1, rect: { ...box, width: -4 }, type: 'text', value: 'x' },
      ]),
      RangeError,
    );
  });
});
