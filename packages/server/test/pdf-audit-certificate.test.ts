import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PDFDocument } from 'pdf-lib';
import { appendAuditCertificate } from '../src/platform/pdf/audit-certificate.js';
import type { AuditCertificate } from '../src/platform/pdf/types.js';
import { runPdfTool } from './fixtures/pdf-tools.js';

const at = (minute: number) => new Date(Date.UTC(2025, 5, 2, 14, minute, 5));

function certificate(partyCount: number, eventCount: number): AuditCertificate {
  return {
    documentTitle: 'Residential Purchase Agreement – 1428 Elm Street',
    sessionId: 'ses_01JXAMPLE',
    originalSha256: 'a3f1c2d4e5b6978812345678901234567890abcdefabcdefabcdefabcdef0123',
    completedAt: at(59),
    initiator: { name: 'Ann Assistant', email: 'ann@brokerage.example' },
    sender: { name: 'Betty Agent', email: 'betty@brokerage.example' },
    parties: Array.from({ length: partyCount }, (_, index) => ({
      name: index === 0 ? 'Zoë Łukasz 王小明 🙂' : `Party ${index + 1}`,
      email: `party${index + 1}@example.com`,
      role: index % 2 === 0 ? 'buyer' : 'seller',
      ip: `203.0.113.${index + 1}`,
      userAgent: `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15 build-${index}`,
      consentedAt: at(10 + index),
      disclosureVersion: '2025-01',
      viewedAt: at(11 + index),
      ...(index !== 1 && { signedAt: at(12 + index) }),
    })),
    events: Array.from({ length: eventCount }, (_, index) => ({
      at: at(index % 60),
      description:
        index === 0
          ? 'Ann Assistant sent the session\tfor Betty Agent'
          : `Betty Agent did event-${index + 1}`,
      ip: '198.51.100.7',
    })),
  };
}

async function textOf(pdf: Uint8Array): Promise<string> {
  const { exitCode, stdout } = await runPdfTool('pdftotext', ['{in}', '-'], pdf);
  assert.equal(exitCode, 0);
  return stdout;
}

test('one certificate page states the document, hash, people, consent and event trail', async () => {
  const doc = await PDFDocument.create();
  doc.addPage();
  await appendAuditCertificate(doc, certificate(2, 5));
  assert.equal(doc.getPageCount(), 2);
  const text = (await textOf(await doc.save())).replace(/\s+/g, ' ');
  for (const expected of [
    'Certificate of completion',
    'Residential Purchase Agreement – 1428 Elm Street',
    'ses_01JXAMPLE',
    'a3f1c2d4e5b6978812345678901234567890abcdefabcdefabcdefabcdef0123',
    'Betty Agent <betty@brokerage.example>',
    'Ann Assistant <ann@brokerage.example>',
    'party2@example.com',
    '203.0.113.1',
    '2025-06-02 14:10:05 UTC (disclosure 2025-01)',
    'not signed',
    'Betty Agent did event-5 (IP 198.51.100.7)',
    'Ann Assistant sent the session for Betty Agent',
    'page 1 of 1',
  ]) {
    assert.ok(text.includes(expected), `missing: ${expected}`);
  }
});

test('names print as written; characters the font lacks are replaced instead of failing', async () => {
  const doc = await PDFDocument.create();
  await appendAuditCertificate(doc, certificate(1, 1));
  const text = await textOf(await doc.save());
  assert.match(text, /Zoë Łukasz \?\?\? \? - buyer/);
});

test('long trails wrap and flow over numbered pages', async () => {
  const doc = await PDFDocument.create();
  await appendAuditCertificate(doc, certificate(12, 150));
  const pages = doc.getPageCount();
  assert.ok(pages >= 4, `${pages} pages`);
  const text = await textOf(await doc.save());
  assert.ok(text.includes(`page ${pages} of ${pages}`));
  assert.ok(text.includes('event-150'), 'the last event is on the last page');
  assert.ok(text.includes('Party 12'));
  const { stdout } = await runPdfTool(
    'pdftotext',
    ['-f', String(pages), '-l', String(pages), '{in}', '-'],
    await doc.save(),
  );
  assert.ok(stdout.includes('event-150'));
});

test('an absurdly long value is clipped and still paginates', async () => {
  const doc = await PDFDocument.create();
  const huge = certificate(1, 1);
  const party = huge.parties[0];
  assert.ok(party);
  party.userAgent = 'A'.repeat(200_000);
  await appendAuditCertificate(doc, huge);
  assert.ok(doc.getPageCount() <= 2, `${doc.getPageCount()} pages`);
  const { exitCode } = await runPdfTool('qpdf', ['--check', '{in}'], await doc.save());
  assert.equal(exitCode, 0);
});
