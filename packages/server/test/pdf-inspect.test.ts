import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { PDFDocument } from 'pdf-lib';
import { inspectPdf } from '../src/platform/pdf/inspect-pdf.js';
import { PdfRejectedError } from '../src/platform/pdf/pdf-rejected-error.js';
import type { PdfRejectionCode } from '../src/platform/pdf/pdf-rejected-error.js';
import { makePurchaseAgreement } from './fixtures/make-purchase-agreement.js';
import { makeSignaturePng } from './fixtures/make-signature-png.js';
import { runPdfTool } from './fixtures/pdf-tools.js';

const LIMITS = { maxBytes: 5 * 1024 * 1024 };
let agreement: Uint8Array;

before(async () => {
  agreement = await makePurchaseAgreement();
});

async function assertRejected(
  bytes: Uint8Array,
  code: PdfRejectionCode,
  options: Parameters<typeof inspectPdf>[1] = LIMITS,
): Promise<void> {
  await assert.rejects(inspectPdf(bytes, options), (error: unknown) => {
    assert.ok(error instanceof PdfRejectedError, `expected PdfRejectedError, got ${String(error)}`);
    assert.equal(error.code, code);
    assert.ok(error.message.length > 10 && !/\bat \w+ \(/.test(error.message), error.message);
    return true;
  });
}

describe('inspectPdf refusals', () => {
  test('a PNG, a text file and an empty file are not PDFs', async () => {
    await assertRejected(await makeSignaturePng(), 'not_a_pdf');
    await assertRejected(new TextEncoder().encode('Purchase price: $450,000\n'), 'not_a_pdf');
    await assertRejected(new Uint8Array(), 'not_a_pdf');
  });

  test('a file over the byte limit is too large, whatever its content', async () => {
    await assertRejected(agreement, 'too_large', { maxBytes: agreement.byteLength - 1 });
    const accepted = await inspectPdf(agreement, { maxBytes: agreement.byteLength });
    assert.equal(accepted.pageCount, 4);
  });

  test('a password-protected PDF (made by qpdf) is encrypted', async () => {
    for (const userPassword of ['open-sesame', '']) {
      const { exitCode, output } = await runPdfTool(
        'qpdf',
        ['--encrypt', userPassword, 'owner-secret', '256', '--', '{in}', '{out}'],
        agreement,
      );
      assert.equal(exitCode, 0);
      assert.ok(output);
      await assertRejected(output, 'encrypted');
    }
  });

  test('a truncated PDF is unreadable', async () => {
    for (const share of [0.3, 0.7, 0.97]) {
      await assertRejected(
        agreement.subarray(0, Math.floor(agreement.byteLength * share)),
        'unreadable',
      );
    }
  });

  test('a PDF header over garbage, or a PDF with damaged objects, is unreadable', async () => {
    await assertRejected(
      new TextEncoder().encode('%PDF-1.7\nthis is not a document\n%%EOF\n'),
      'unreadable',
    );
    const text = Buffer.from(agreement).toString('latin1');
    const garbled = text.replace(/(\d+ 0 obj\n<<)/, '$1 /Type >> ] ] >> (');
    assert.notEqual(garbled, text);
    await assertRejected(new Uint8Array(Buffer.from(garbled, 'latin1')), 'unreadable');
    const zeroed = Buffer.from(agreement);
    zeroed.fill(0, 3000, 7000);
    await assertRejected(new Uint8Array(zeroed), 'unreadable');
  });

  test('a PDF without pages has no pages', async () => {
    const empty = await (await PDFDocument.create()).save({ addDefaultPage: false });
    await assertRejected(empty, 'no_pages');
  });

  test('more pages than allowed is too many pages', async () => {
    await assertRejected(agreement, 'too_many_pages', { ...LIMITS, maxPages: 3 });
    assert.equal((await inspectPdf(agreement, { ...LIMITS, maxPages: 4 })).pageCount, 4);
  });
});

describe('inspectPdf on the purchase agreement', () => {
  test('reports every page size in points', async () => {
    const { pageCount, pages } = await inspectPdf(agreement, LIMITS);
    assert.equal(pageCount, 4);
    assert.deepEqual(pages, Array(4).fill({ width: 612, height: 792, rotation: 0 }));
  });

  test('detects each AcroForm field with its type, page and rectangle', async () => {
    const { fields } = await inspectPdf(agreement, LIMITS);
    const byName = (name: string) => fields.filter((field) => field.name === name);

    assert.deepEqual(byName('buyer_name'), [
      {
        name: 'buyer_name',
        type: 'text',
        page: 1,
        rect: { x: 162.17, y: 654.5, width: 300, height: 15 },
        required: true,
        multiline: false,
      },
    ]);
    assert.deepEqual(byName('financing_cash')[0]?.rect, { x: 60, y: 312, width: 10, height: 10 });
    assert.equal(byName('financing_cash')[0]?.type, 'checkbox');
    assert.equal(byName('closing_date')[0]?.page, 2);

    const possession = byName('possession');
    assert.equal(possession.length, 2, 'one entry per radio button');
    assert.deepEqual(
      possession.map(({ type, page, option, options }) => ({ type, page, option, options })),
      [
        {
          type: 'radio',
          page: 2,
          option: 'At closing',
          options: ['At closing', 'Days after closing'],
        },
        {
          type: 'radio',
          page: 2,
          option: 'Days after closing',
          options: ['At closing', 'Days after closing'],
        },
      ],
    );
    assert.deepEqual(byName('title_company')[0]?.options, [
      'First American Title',
      'Fidelity National Title',
      'Old Republic Title',
    ]);

    for (const role of ['buyer', 'seller']) {
      const signature = byName(`${role}_signature`)[0];
      assert.equal(signature?.type, 'signature');
      assert.equal(signature?.page, 4);
      assert.deepEqual(signature?.rect.width, 260);
      for (const page of [1, 2, 3]) {
        assert.deepEqual(
          byName(`${role}_initials_p${page}`).map((field) => [field.type, field.page]),
          [['signature', page]],
        );
      }
    }
    const counts = Object.fromEntries(
      ['text', 'checkbox', 'radio', 'select', 'signature'].map((type) => [
        type,
        fields.filter((field) => field.type === type).length,
      ]),
    );
    assert.deepEqual(counts, { text: 14, checkbox: 7, radio: 2, select: 1, signature: 8 });
  });

  test('rectangles are measured from the visible page corner when the crop box is offset', async () => {
    const doc = await PDFDocument.load(agreement);
    for (const page of doc.getPages()) {
      page.setMediaBox(-20, -30, 652, 842);
      page.setCropBox(-20, -30, 652, 842);
    }
    const shifted = await inspectPdf(await doc.save(), LIMITS);
    const field = shifted.fields.find((candidate) => candidate.name === 'financing_cash');
    assert.deepEqual(field?.rect, { x: 80, y: 342, width: 10, height: 10 });
    assert.deepEqual(shifted.pages[0], { width: 652, height: 842, rotation: 0 });
  });
});
