import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import type { FieldRect } from '@signport/core';
import { renderPages } from '../../src/platform/pdf/render-pages.js';

const run = promisify(execFile);

/** Poppler is what most Linux viewers draw with; pdf.js is Firefox's viewer (and the server's). */
export type PdfRenderer = 'poppler' | 'pdf.js';

/** Tesseract's models: spa reads Spanish (ñ, ¿, «»), fra Latin accents, pol Ł and ł, ell Greek, rus Cyrillic. */
export type OcrLanguage = 'eng' | 'spa' | 'fra' | 'pol' | 'ell' | 'rus';

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
  readRegion(
    region: Region,
    languages: readonly OcrLanguage[],
    /** Only these characters can be read (say, a hash's hex digits, where 4 and A look alike). */
    characters?: string,
  ): Promise<string>;
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
  const decoded = new Map<number, ReturnType<typeof loadImage>>();
  return {
    pageCount: images.length,
    readPage: (page, languages = ['eng']) => ocr(imageOf(page), languages, '4'),
    async readRegion({ page, rect }, languages, characters) {
      if (!decoded.has(page)) decoded.set(page, loadImage(imageOf(page)));
      const drawn = await (decoded.get(page) as ReturnType<typeof loadImage>);
      const x = rect.x * drawn.width;
      const y = rect.y * drawn.height;
      const width = rect.width * drawn.width;
      const height = rect.height * drawn.height;
      // Text set on a wide white border: OCR misjudges letters that touch the image's edge.
      const border = Math.ceil(height);
      const canvas = createCanvas(Math.ceil(width) + 2 * border, Math.ceil(height) + 2 * border);
      const context = canvas.getContext('2d');
      context.fillStyle = '#fff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(drawn, x, y, width, height, border, border, width, height);
      const crop = join(dir, `region-${++crops}.png`);
      await writeFile(crop, canvas.toBuffer('image/png'));
      return ocr(crop, languages, '6', characters);
    },
    close: () => rm(dir, { recursive: true, force: true }),
  };
}

/** Reads an image (PNG, WebP…) such as a template's page image, whole, as a person would see it. */
export function readImage(
  image: Uint8Array,
  languages: readonly OcrLanguage[] = ['eng'],
): Promise<string> {
  return withTempDir(async (dir) => {
    const file = join(dir, 'image');
    await writeFile(file, image);
    return ocr(file, languages, '4');
  });
}

/** A placed field and the value it should show. */
export interface ShownField extends Region {
  id: string;
  value: string;
}

/**
 * Reads every field back from where it sits on the drawn page, each in the OCR model of its own
 * script, and answers the ones that do not show their value (empty when every one does).
 */
export async function misdrawnFields(
  drawn: DrawnPdf,
  fields: readonly ShownField[],
): Promise<Array<{ id: string; expected: string; seen: string }>> {
  const misdrawn = [];
  for (const field of fields) {
    const seen = asSeen(await drawn.readRegion(field, languagesOf(field.value)));
    if (seen !== asSeen(field.value)) misdrawn.push({ id: field.id, expected: field.value, seen });
  }
  return misdrawn;
}

/** The OCR models for `text`'s scripts; a character the font lacks is drawn as "?" anyway. */
export function languagesOf(text: string): OcrLanguage[] {
  const languages: OcrLanguage[] = [];
  if (/\p{Script=Greek}/u.test(text)) languages.push('ell');
  if (/\p{Script=Cyrillic}/u.test(text)) languages.push('rus');
  if (/[ĄąĆćĘęŁłŃńŚśŹźŻż]/.test(text)) languages.push('pol');
  else if (/[À-ÿ]/.test(text)) languages.push('fra');
  else if (/[A-Za-z0-9]/.test(text) || languages.length === 0) languages.push('eng');
  return languages;
}

/**
 * Finds each of `texts` where `pdftotext` says the PDF holds it (the smallest run of words on one
 * line that contains it) and reads that spot back from the drawn pages: answers the texts a
 * person would not see as written (empty when every one shows). A text `pdftotext` cannot find at
 * all counts as not shown.
 */
export async function misdrawnTexts(
  drawn: DrawnPdf,
  pdf: Uint8Array,
  texts: readonly string[],
): Promise<Array<{ text: string; seen: string }>> {
  const lines = await textLines(pdf);
  const misdrawn = [];
  for (const text of texts) {
    const region = regionOf(lines, text);
    const hex = /^[0-9a-f]{16,}$/.test(text) ? '0123456789abcdef' : undefined;
    const seen = region ? asSeen(await drawn.readRegion(region, languagesOf(text), hex)) : '';
    // OCR now and then merges a narrow "1" into its neighbour in a long hash; a digit the font
    // lacks would be missing at every place it occurs, so one slip in a hash is OCR's, not the PDF's.
    const slips = hex ? 1 : 0;
    if (seen !== asSeen(text) && editDistance(seen, asSeen(text)) > slips)
      misdrawn.push({ text, seen });
  }
  return misdrawn;
}

/** How many letters to insert, delete or replace to turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const replace = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(replace, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * {@link misdrawnTexts} in every viewer's engine in turn: answers what each would not show as
 * written, e.g. `{ poppler: [], 'pdf.js': [] }` when every text shows everywhere.
 */
export async function textsMisdrawnByViewers(
  pdf: Uint8Array,
  texts: readonly string[],
): Promise<Record<PdfRenderer, Array<{ text: string; seen: string }>>> {
  const misdrawn = { poppler: [], 'pdf.js': [] } as Record<
    PdfRenderer,
    Array<{ text: string; seen: string }>
  >;
  for (const renderer of Object.keys(misdrawn) as PdfRenderer[]) {
    const drawn = await drawPdf(pdf, renderer);
    try {
      misdrawn[renderer] = await misdrawnTexts(drawn, pdf, texts);
    } finally {
      await drawn.close();
    }
  }
  return misdrawn;
}

interface Word {
  text: string;
  box: [x0: number, y0: number, x1: number, y1: number];
}
interface TextLine {
  page: number;
  pageSize: [width: number, height: number];
  words: Word[];
}

/** Every line of words `pdftotext -bbox-layout` reports, with each word's box in points. */
async function textLines(pdf: Uint8Array): Promise<TextLine[]> {
  return withTempDir(async (dir) => {
    const input = join(dir, 'document.pdf');
    await writeFile(input, pdf);
    const { stdout: xml } = await run('pdftotext', ['-bbox-layout', input, '-'], {
      maxBuffer: 64 * 1024 * 1024,
    });
    const lines: TextLine[] = [];
    const pages = xml.split('<page ').slice(1);
    pages.forEach((pageXml, index) => {
      const size = /^width="([\d.]+)" height="([\d.]+)"/.exec(pageXml);
      const pageSize: [number, number] = [Number(size?.[1]), Number(size?.[2])];
      for (const [, body] of pageXml.matchAll(/<line [^>]*>([\s\S]*?)<\/line>/g)) {
        const words = [
          ...(body ?? '').matchAll(
            /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
          ),
        ].map(([, x0, y0, x1, y1, text]) => ({
          text: decodeXml(text ?? ''),
          box: [Number(x0), Number(y0), Number(x1), Number(y1)] as Word['box'],
        }));
        lines.push({ page: index + 1, pageSize, words });
      }
    });
    return lines;
  });
}

function regionOf(lines: readonly TextLine[], text: string): Region | undefined {
  const wanted = text.replace(/\s+/g, ' ').trim();
  for (const { page, pageSize, words } of lines) {
    // The shortest run of words holding the text: a value, not the label printed before it.
    for (let last = 0; last < words.length; last++) {
      let joined = '';
      for (let first = last; first >= 0; first--) {
        joined = first === last ? (words[last]?.text ?? '') : `${words[first]?.text} ${joined}`;
        if (!joined.includes(wanted)) continue;
        const span = words.slice(first, last + 1).map((word) => word.box);
        const [width, height] = pageSize;
        const x0 = Math.min(...span.map((box) => box[0]));
        const y0 = Math.min(...span.map((box) => box[1]));
        const x1 = Math.max(...span.map((box) => box[2]));
        const y1 = Math.max(...span.map((box) => box[3]));
        return {
          page,
          rect: {
            x: x0 / width,
            y: y0 / height,
            width: (x1 - x0) / width,
            height: (y1 - y0) / height,
          },
        };
      }
    }
  }
  return undefined;
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

async function ocr(
  image: string,
  languages: readonly OcrLanguage[],
  pageMode: string,
  characters?: string,
) {
  const args = [image, '-', '-l', languages.join('+'), '--psm', pageMode];
  if (characters) args.push('-c', `tessedit_char_whitelist=${characters}`);
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
