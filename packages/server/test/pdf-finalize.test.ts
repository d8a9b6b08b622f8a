import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { before, describe, test } from 'node:test';
import { PDFDocument } from 'pdf-lib';
import { finalizeDocument } from '../src/platform/pdf/finalize-document.js';
import type { FinalizeDocumentInput } from '../src/platform/pdf/finalize-document.js';
import { finalizeInWorker } from '../src/platform/pdf/finalize-in-worker.js';
import { FinalizeTimeoutError } from '../src/platform/pdf/finalize-timeout-error.js';
import { inspectPdf } from '../src/platform/pdf/inspect-pdf.js';
import { SignatureImageRejectedError } from '../src/platform/pdf/signature-image-rejected-error.js';
import type { AuditCertificate, Placement } from '../src/platform/pdf/types.js';
import { verifySealedPdf } from '../src/platform/pdf/verify-sealed-pdf.js';
import { makePurchaseAgreement } from './fixtures/make-purchase-agreement.js';
import { makeSignaturePng } from './fixtures/make-signature-png.js';
import { runPdfTool } from './fixtures/pdf-tools.js';
import { purchaseAgreementPlacements } from './fixtures/purchase-agreement-placements.js';
import { testSealingKey } from './fixtures/test-sealing-key.js';

const SEAL = {
  reason: 'Completed by all parties',
  name: 'Signport',
  location: 'Online',
  contactInfo: 'help@example.com',
};
const AUDIT: Omit<AuditCertificate, 'originalSha256'> = {
  documentTitle: 'Residential Purchase Agreement',
  sessionId: 'ses_finalize_test',
  completedAt: new Date(Date.UTC(2025, 5, 3, 9, 30)),
  initiator: { name: 'Ann Assistant', email: 'ann@brokerage.example' },
  sender: { name: 'Betty Agent', email: 'betty@brokerage.example' },
  parties: [
    {
      name: 'Bob Buyer',
      email: 'bob@example.com',
      role: 'buyer',
      ip: '203.0.113.9',
      userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)',
      consentedAt: new Date(Date.UTC(2025, 5, 2, 18, 1)),
      disclosureVersion: '2025-01',
      viewedAt: new Date(Date.UTC(2025, 5, 2, 18, 0)),
      signedAt: new Date(Date.UTC(2025, 5, 2, 18, 5)),
    },
    {
      name: 'Sue Seller',
      email: 'sue@example.com',
      role: 'seller',
      ip: '198.51.100.23',
      userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)',
      consentedAt: new Date(Date.UTC(2025, 5, 3, 9, 28)),
      disclosureVersion: '2025-01',
      viewedAt: new Date(Date.UTC(2025, 5, 3, 9, 27)),
      signedAt: new Date(Date.UTC(2025, 5, 3, 9, 30)),
    },
  ],
  events: [
    {
      at: new Date(Date.UTC(2025, 5, 2, 17, 0)),
      description: 'Ann Assistant sent the session for Betty Agent',
    },
    {
      at: new Date(Date.UTC(2025, 5, 2, 18, 5)),
      description: 'Bob Buyer signed as Buyer',
      ip: '203.0.113.9',
    },
    {
      at: new Date(Date.UTC(2025, 5, 3, 9, 30)),
      description: 'Sue Seller signed as Seller',
      ip: '198.51.100.23',
    },
  ],
};

let input: FinalizeDocumentInput;

before(async () => {
  const original = await makePurchaseAgreement();
  const { fields } = await inspectPdf(original, { maxBytes: 10_000_000 });
  input = {
    original,
    placements: purchaseAgreementPlacements(fields, {
      signature: await makeSignaturePng(600, 200),
      initials: await makeSignaturePng(240, 120),
    }),
    audit: AUDIT,
    seal: { ...testSealingKey(), ...SEAL },
  };
});

describe('finalizeDocument', () => {
  test('fills, flattens, appends the certificate and seals, reporting both hashes', async () => {
    const { pdf, originalSha256, finalSha256 } = await finalizeDocument(input);
    assert.equal(originalSha256, createHash('sha256').update(input.original).digest('hex'));
    assert.equal(finalSha256, createHash('sha256').update(pdf).digest('hex'));

    const check = await runPdfTool('qpdf', ['--check', '{in}'], pdf);
    assert.equal(check.exitCode, 0, check.stdout);

    const text = (await runPdfTool('pdftotext', ['{in}', '-'], pdf)).stdout.replace(/\s+/g, ' ');
    for (const expected of [
      '452,500.00',
      '1428 Elm Street, Unit 3B',
      'Zoë Łukasz-Brontë',
      'Certificate of completion',
      originalSha256,
      'Bob Buyer - buyer',
      'Sue Seller - seller',
      'Sue Seller signed as Seller (IP 198.51.100.23)',
      'Betty Agent <betty@brokerage.example>',
    ]) {
      assert.ok(text.includes(expected), `missing: ${expected}`);
    }

    const report = (await runPdfTool('pdfsig', ['{in}'], pdf)).stdout;
    assert.match(report, /Total document signed/);
    assert.match(report, /Signature Validation: Signature is Valid\./);
    assert.equal(
      (report.match(/Signature #/g) ?? []).length,
      1,
      'the seal is the only signature field',
    );
    assert.equal(verifySealedPdf(pdf, input.seal).valid, true);

    const doc = await PDFDocument.load(pdf);
    assert.equal(doc.getPageCount(), 5);
    assert.deepEqual(
      doc
        .getForm()
        .getFields()
        .map((field) => field.constructor.name),
      ['PDFSignature'],
      'only the seal remains as a field',
    );
  });

  test('a bad signature image stops the completion with a typed error', async () => {
    const placements: Placement[] = input.placements.map((placement) =>
      placement.type === 'signature' ? { ...placement, value: new Uint8Array(64) } : placement,
    );
    await assert.rejects(finalizeDocument({ ...input, placements }), SignatureImageRejectedError);
  });
});

describe('finalizeInWorker', () => {
  test('produces the same kind of sealed document off the main thread', async () => {
    const { pdf, originalSha256 } = await finalizeInWorker(input);
    assert.equal(originalSha256, createHash('sha256').update(input.original).digest('hex'));
    assert.equal(verifySealedPdf(pdf, input.seal).valid, true);
    assert.match((await runPdfTool('pdfsig', ['{in}'], pdf)).stdout, /Signature is Valid/);
  });

  test('errors thrown in the worker keep their type and code', async () => {
    const placements = input.placements.map((placement) =>
      placement.type === 'initials'
        ? { ...placement, value: (placement.value as Uint8Array).subarray(0, 500) }
        : placement,
    );
    await assert.rejects(
      finalizeInWorker({ ...input, placements }),
      (error: unknown) =>
        error instanceof SignatureImageRejectedError && error.code === 'signature_image_invalid',
    );
  });

  test('a job over its time limit is stopped while the main thread stays responsive', async (t) => {
    // A thousand long values to shrink and wrap into small boxes take seconds to draw; the limit is
    // 300 ms. (Kept to few objects: copying the input to the worker happens on this thread.)
    const placements: Placement[] = Array.from({ length: 1000 }, (_, index) => ({
      fieldId: `filler_${index}`,
      page: (index % 4) + 1,
      rect: { x: 50, y: 50 + (index % 70) * 10, width: 60, height: 12 },
      type: 'text',
      value: `Filler value ${index} `.repeat(20),
    }));
    await finalizeInWorker(input); // a warm worker, so the limit measures the job, not thread start

    let ticks = 0;
    let longestGap = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
      ticks++;
    }, 5);
    const started = performance.now();
    try {
      await assert.rejects(
        finalizeInWorker({ ...input, placements }, { timeoutMs: 300 }),
        (error: unknown) =>
          error instanceof FinalizeTimeoutError && error.code === 'finalize_timeout',
      );
    } finally {
      clearInterval(ticker);
    }
    const elapsed = performance.now() - started;
    assert.ok(elapsed < 1000, `stopped after ${Math.round(elapsed)} ms`);
    assert.ok(ticks >= 5, `${ticks} timer ticks`);
    assert.ok(longestGap < 100, `longest event-loop gap ${Math.round(longestGap)} ms`);
    t.diagnostic(
      `timed out after ${Math.round(elapsed)} ms; ${ticks} ticks, longest gap ${Math.round(longestGap)} ms`,
    );

    const after = await finalizeInWorker(input);
    assert.equal(
      verifySealedPdf(after.pdf, input.seal).valid,
      true,
      'a fresh worker takes the next job',
    );
  });
});
