import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import type { FieldRect } from '@signport/core';
import { renderPages } from '../../src/pdf/render-pages.js';

const run = promisify(execFile);

/** Poppler is what most Linux viewers draw with; pdf.js is Firefox's viewer (and the server's). */
export type PdfRenderer = 'poppler' | 'pdf.js';

/** Tesseract's models: fra reads Latin accents, pol Ł and ł, ell Greek, rus Cyrillic. */
export type OcrLanguage = 'eng' | 'fra' | 'pol' | 'ell' | 'rus';

const DPI = 300;
// Tesseract spreads one image over every core; several at once on two cores only thrash.
const OCR_ENV = { ...process.env, OMP_THREAD_LIMIT: '1' };

export interface Region {
  /** 1-based. */
  page: number;
  /** Fractions of the page, origin top-left, as template fields are placed. */
  rect: FieldRect;
}

/** A PDF drawn to pixels, page by page, ready to be read back. */
export interface DrawnPdf {
  pageCount: number;
  /** One page read back whole. */
  readPage(page: number, languages?: readonly OcrLanguage[]): Promise<string>;
  /**
   * One region read back in the language its text is written in: the way to check a field's
   * value where a whole-page reading would guess among several scripts.
   */
  readRegion(region: Region, languages: readonly OcrLanguage[]): Promise<string>;
  /** Removes the page images. */
  close(): Promise<void>;
}

/**
 * Draws `pdf` as a person's viewer would, with a real viewer's engine, so that its pages can be
 * read back by OCR. Unlike `pdftotext`, which extracts the text a file claims to hold, a reading
 * sees only the glyphs that are actually drawn.
 *
 * @example
 * const drawn = await drawPdf(sealed, 'poppler');
 * const certificate = await drawn.readPage(drawn.pageCount);
 * await drawn.close();
 */
export async function drawPdf(pdf: Uint8Array, renderer: PdfRenderer): Promise<DrawnPdf> {
  const dir = await mkdtemp(join(tmpdir(), 'signport-ocr-'));
  const images = await drawPages(pdf, renderer, dir);
  const imageOf = (page: number): string => {
    const image = images[page - 1];
    if (!image) throw new Error(`The PDF has no page ${page}.`);
    return image;
  };
  let crops = 0;
  return {
    pageCount: images.length,
    readPage: (page, languages = ['eng']) => ocr(imageOf(page), languages, '4'),
    async readRegion({ page, rect }, languages) {
      const drawn = await loadImage(imageOf(page));
      // A little margin: OCR misreads letters that touch the image's edge.
      const margin = 0.004;
      const x = Math.max(0, rect.x - margin) * drawn.width;
      const y = Math.max(0, rect.y - margin) * drawn.height;
      const width = Math.min(1, rect.width + 2 * margin) * drawn.width;
      const height = Math.min(1, rect.height + 2 * margin) * drawn.height;
      const canvas = createCanvas(Math.ceil(width), Math.ceil(height));
      canvas.getContext('2d').drawImage(drawn, x, y, width, height, 0, 0, width, height);
      const crop = join(dir, `region-${++crops}.png`);
      await writeFile(crop, canvas.toBuffer('image/png'));
      return ocr(crop, languages, '6');
    },
    close: () => rm(dir, { recursive: true, force: true }),
  };
}

/**
 * Where `pdftotext` says `text` sits on `page`: the box of the first line holding it, as a region
 * to read back with `DrawnPdf.readRegion`.
 */
export async function regionOfText(pdf: Uint8Array, page: number, text: string): Promise<Region> {
  return withTempDir(async (dir) => {
    const input = join(dir, 'document.pdf');
    await writeFile(input, pdf);
    const args = ['-f', String(page), '-l', String(page), '-bbox-layout', input, '-'];
    const { stdout: xml } = await run('pdftotext', args, { maxBuffer: 64 * 1024 * 1024 });
    const pageBox = /<page width="([\d.]+)" height="([\d.]+)"/.exec(xml);
    const lines = xml.matchAll(
      /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g,
    );
    for (const [, x0, y0, x1, y1, words] of lines) {
      const line = [...(words ?? '').matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join(' ');
      if (!decodeXml(line).includes(text) || !pageBox) continue;
      const [width, height] = [Number(pageBox[1]), Number(pageBox[2])];
      return {
        page,
        rect: {
          x: Number(x0) / width,
          y: Number(y0) / height,
          width: (Number(x1) - Number(x0)) / width,
          height: (Number(y1) - Number(y0)) / height,
        },
      };
    }
    throw new Error(`pdftotext finds no line with "${text}" on page ${page}.`);
  });
}

/**
 * Folds what OCR cannot reliably tell apart into one form, so that a comparison fails on a missing
 * or wrong letter and not on a reading's guess: runs of spaces and spaces before punctuation,
 * curly and straight quotes, and
 * accents on Latin letters (OCR reads a drawn "ë" as "é" about as often as right; a glyph that is
 * not drawn at all still loses its base letter). Letters without a decomposition (Ł), Greek and
 * Cyrillic are compared as they are.
 */
export function asSeen(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/(?<=[A-Za-z])[\u0300-\u036f]+/g, '')
    .normalize('NFC')
    .replace(/[‘’′`]/g, "'")
    .replace(/[“”″]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/ (?=[?.,;:!])/g, '')
    .trim();
}

async function ocr(image: string, languages: readonly OcrLanguage[], pageMode: string) {
  const args = [image, '-', '-l', languages.join('+'), '--psm', pageMode];
  const { stdout } = await run('tesseract', args, { env: OCR_ENV, maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

async function drawPages(pdf: Uint8Array, renderer: PdfRenderer, dir: string): Promise<string[]> {
  if (renderer === 'poppler') {
    const input = join(dir, 'document.pdf');
    await writeFile(input, pdf);
    await run('pdftoppm', ['-r', String(DPI), '-png', input, join(dir, 'page')]);
    const files = (await readdir(dir)).filter((name) => name.endsWith('.png')).sort();
    return files.map((name) => join(dir, name));
  }
  const pages = await renderPages(pdf, { scale: DPI / 72, quality: 100 });
  return Promise.all(
    pages.map(async (page, index) => {
      const file = join(dir, `page-${String(index + 1).padStart(3, '0')}.webp`);
      await writeFile(file, page.webp);
      return file;
    }),
  );
}

async function withTempDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'signport-ocr-'));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
