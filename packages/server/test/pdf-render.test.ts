import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { loadImage } from '@napi-rs/canvas';
import { PdfRejectedError } from '../src/platform/pdf/pdf-rejected-error.js';
import { renderPages } from '../src/platform/pdf/render-pages.js';
import { makeBenchmarkDocument } from './fixtures/make-benchmark-document.js';
import { makePurchaseAgreement } from './fixtures/make-purchase-agreement.js';

let agreement: Uint8Array;

before(async () => {
  agreement = await makePurchaseAgreement();
});

function isWebp(bytes: Uint8Array): boolean {
  const header = Buffer.from(bytes.subarray(0, 12)).toString('latin1');
  return header.startsWith('RIFF') && header.endsWith('WEBP');
}

test('renders each page to a WebP of the requested width, with its text', async () => {
  const pages = await renderPages(agreement, { width: 918 });
  assert.equal(pages.length, 4);
  for (const page of pages) {
    assert.ok(isWebp(page.webp), 'RIFF/WEBP container');
    assert.deepEqual([page.width, page.height], [918, 1188]);
    const decoded = await loadImage(Buffer.from(page.webp));
    assert.deepEqual([decoded.width, decoded.height], [918, 1188]);
  }
  assert.match(pages[0]?.text ?? '', /RESIDENTIAL PURCHASE AGREEMENT/);
  assert.match(pages[0]?.text ?? '', /Buyer \(full legal name\):/);
  assert.match(pages[1]?.text ?? '', /5\. Closing and Possession/);
  assert.match(pages[3]?.text ?? '', /15\. Signatures/);
  assert.doesNotMatch(pages[3]?.text ?? '', /RESIDENTIAL PURCHASE AGREEMENT/);
});

test('a scale renders that many pixels per point', async () => {
  const [page] = await renderPages(agreement, { scale: 0.5 });
  assert.deepEqual([page?.width, page?.height], [306, 396]);
});

test('the page image shows the page: dark text pixels on a white background', async () => {
  const [page] = await renderPages(agreement, { width: 306 });
  const { createCanvas } = await import('@napi-rs/canvas');
  const image = await loadImage(Buffer.from(page?.webp ?? new Uint8Array()));
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, image.width, image.height);
  let dark = 0;
  for (let index = 0; index < data.length; index += 4) if ((data[index] ?? 255) < 100) dark++;
  const share = dark / (image.width * image.height);
  assert.ok(share > 0.005 && share < 0.2, `dark pixel share ${share}`);
});

test('a damaged PDF is refused as unreadable', async () => {
  await assert.rejects(
    renderPages(new TextEncoder().encode('%PDF-1.7\nnothing here\n%%EOF'), { scale: 1 }),
    (error: unknown) => error instanceof PdfRejectedError && error.code === 'unreadable',
  );
});

test('timing: ten letter pages at 1224 px wide (2x)', async (t) => {
  const document = await makeBenchmarkDocument(10);
  const started = performance.now();
  const pages = await renderPages(document, { width: 1224 });
  const elapsed = performance.now() - started;
  assert.equal(pages.length, 10);
  t.diagnostic(
    `rendered 10 pages in ${Math.round(elapsed)} ms (${Math.round(elapsed / 10)} ms a page)`,
  );
});
