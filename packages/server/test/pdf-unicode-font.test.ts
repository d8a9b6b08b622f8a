import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PDFDocument } from 'pdf-lib';
import { embedDocumentFont } from '../src/platform/pdf/document-fonts.js';
import { fillDocument } from '../src/platform/pdf/fill-document.js';
import { toFontCharacters } from '../src/platform/pdf/to-font-characters.js';
import { runPdfTool } from './fixtures/pdf-tools.js';

const NAMES = [
  'Zoë Łukasiewicz',
  'José Nuñez',
  'Seán O’Brien',
  'Αλέξανδρος Παπαδόπουλος',
  'Дмитрий Иванов',
  'Đorđe Šćepanović',
];

async function blankPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([612, 792]);
  return doc.save();
}

async function textOf(pdf: Uint8Array): Promise<string> {
  return (await runPdfTool('pdftotext', ['{in}', '-'], pdf)).stdout.replace(/\s+/g, ' ');
}

test('filled values print Latin, Greek and Cyrillic names exactly, in a subset of the font', async () => {
  const filled = await fillDocument(
    await blankPdf(),
    NAMES.map((value, index) => ({
      fieldId: `name_${index}`,
      page: 1,
      rect: { x: 72, y: 700 - index * 30, width: 300, height: 20 },
      type: 'text' as const,
      value,
    })),
  );
  const text = await textOf(filled);
  for (const name of NAMES) assert.ok(text.includes(name), `missing ${name}`);
  const check = await runPdfTool('qpdf', ['--check', '{in}'], filled);
  assert.equal(check.exitCode, 0, check.stdout);
  // The font file is over 600 KB; only the glyphs drawn are embedded.
  assert.ok(filled.byteLength < 60_000, `${filled.byteLength} bytes`);
});

test('characters the font lacks become "?" and a decomposed accent is composed', async () => {
  const doc = await PDFDocument.create();
  const font = await embedDocumentFont(doc, 'regular');
  assert.equal(toFontCharacters('王小明 🙂 Zoë', font), '??? ? Zoë');
  assert.equal(toFontCharacters('Jose\u0301', font), 'José');
  const page = doc.addPage([612, 792]);
  page.drawText(toFontCharacters('王小明 Łódź', font), { x: 72, y: 700, size: 12, font });
  assert.match(await textOf(await doc.save()), /\?\?\? Łódź/);
});
