import { inflateSync, constants as zlib } from 'node:zlib';
import { decodePDFRawStream, PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream } from 'pdf-lib';
import type { PDFPage } from 'pdf-lib';
import type { PdfLimits } from './pdf-limits.js';
import { PdfRejectedError } from './pdf-rejected-error.js';

type ContentLimits = Pick<PdfLimits, 'maxOperatorsPerPage' | 'maxContentBytes' | 'maxImagePixels'>;

/** Operators counted so far per form XObject, shared by the pages of one document. */
export type FormOperatorCounts = Map<PDFRawStream, number>;

interface PageScan {
  pageNumber: number;
  limits: ContentLimits;
  /** Decompressed bytes the page may still read. */
  bytesLeft: number;
  forms: FormOperatorCounts;
  /** Forms being counted, so a form that draws itself counts once instead of forever. */
  open: Set<PDFRawStream>;
}

/**
 * Counts the drawing operators a renderer would run for `page` (a form drawn twice counts twice),
 * decompressing its content with a cap, without drawing anything. Refuses with `too_complex` past
 * `maxOperatorsPerPage`, `maxContentBytes` decompressed, or an image over `maxImagePixels`, so a
 * tiny file that would take minutes or gigabytes to draw is stopped in milliseconds.
 */
export function countPageOperators(
  page: PDFPage,
  pageNumber: number,
  limits: ContentLimits,
  forms: FormOperatorCounts = new Map(),
): number {
  const scan: PageScan = {
    pageNumber,
    limits,
    bytesLeft: limits.maxContentBytes,
    forms,
    open: new Set(),
  };
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray() : [contents];
  const resources = page.node.Resources();
  let operators = 0;
  for (const ref of streams) {
    const stream = page.doc.context.lookup(ref);
    if (!(stream instanceof PDFRawStream)) continue;
    operators += countOperators(decode(stream, scan), resources, scan, operators);
  }
  return operators;
}

function countOperators(
  content: Uint8Array,
  resources: PDFDict | undefined,
  scan: PageScan,
  countedBefore: number,
): number {
  let operators = 0;
  let lastName = '';
  const tooMany = () => countedBefore + operators > scan.limits.maxOperatorsPerPage;
  for (let at = 0; at < content.length;) {
    const byte = content[at]!;
    if (isWhitespace(byte)) at += 1;
    else if (byte === PERCENT) at = skipLine(content, at);
    else if (byte === OPEN_PAREN) at = skipLiteralString(content, at);
    else if (byte === LESS) at = skipDictOrHexString(content, at);
    else if (byte === SLASH) {
      const end = skipRegular(content, at + 1);
      lastName = Buffer.from(content.subarray(at + 1, end)).toString('latin1');
      at = end;
    } else if (isDelimiter(byte)) at += 1;
    else {
      const end = skipRegular(content, at);
      const word = Buffer.from(content.subarray(at, end)).toString('latin1');
      at = end;
      if (isOperand(word)) continue;
      operators += 1;
      if (word === 'BI') at = skipInlineImage(content, at);
      else if (word === 'Do') operators += drawnObjectOperators(lastName, resources, scan);
      if (tooMany()) {
        throw new PdfRejectedError(
          'too_complex',
          `Page ${scan.pageNumber} has more than ${scan.limits.maxOperatorsPerPage} drawing operations.`,
        );
      }
    }
  }
  return operators;
}

/** What `/Name Do` draws: a form's operators (again each time), or an image within the pixel limit. */
function drawnObjectOperators(
  name: string,
  resources: PDFDict | undefined,
  scan: PageScan,
): number {
  const xObjects = resources?.lookup(PDFName.of('XObject'));
  const object = xObjects instanceof PDFDict ? xObjects.lookup(PDFName.of(name)) : undefined;
  if (!(object instanceof PDFRawStream)) return 0;
  const subtype = object.dict.lookup(PDFName.of('Subtype'));
  if (subtype === PDFName.of('Image')) {
    const pixels = numberIn(object.dict, 'Width') * numberIn(object.dict, 'Height');
    if (pixels > scan.limits.maxImagePixels) {
      throw new PdfRejectedError(
        'too_complex',
        `Page ${scan.pageNumber} has an image larger than ${scan.limits.maxImagePixels / 1_000_000} megapixels.`,
      );
    }
    return 0;
  }
  if (subtype !== PDFName.of('Form') || scan.open.has(object)) return 0;
  const known = scan.forms.get(object);
  if (known !== undefined) return known;
  scan.open.add(object);
  const own = object.dict.lookup(PDFName.of('Resources'));
  const counted = countOperators(
    decode(object, scan),
    own instanceof PDFDict ? own : resources,
    scan,
    0,
  );
  scan.open.delete(object);
  scan.forms.set(object, counted);
  return counted;
}

/** The stream's decoded bytes, within what the page may still read; undecodable data reads as empty. */
function decode(stream: PDFRawStream, scan: PageScan): Uint8Array {
  const tooLarge = () =>
    new PdfRejectedError(
      'too_complex',
      `Page ${scan.pageNumber} has more than ${scan.limits.maxContentBytes / (1024 * 1024)} MB of drawing instructions once decompressed.`,
    );
  const filters = filterNames(stream.dict);
  let data: Uint8Array;
  try {
    if (
      filters.every((filter) => filter === 'FlateDecode') &&
      !stream.dict.has(PDFName.of('DecodeParms'))
    ) {
      // Inflating stage by stage with a cap stops nested-compression bombs at the cap.
      data = stream.contents;
      for (let stage = 0; stage < filters.length; stage++) {
        data = inflateSync(data, {
          maxOutputLength: scan.bytesLeft + 1,
          finishFlush: zlib.Z_SYNC_FLUSH,
        });
      }
    } else {
      data = decodePDFRawStream(stream).decode();
    }
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
    return new Uint8Array();
  }
  if (data.length > scan.bytesLeft) throw tooLarge();
  scan.bytesLeft -= data.length;
  return data;
}

function filterNames(dict: PDFDict): string[] {
  const filter = dict.lookup(PDFName.of('Filter'));
  const names = filter instanceof PDFArray ? filter.asArray() : filter ? [filter] : [];
  return names.map((name) => (name instanceof PDFName ? name.decodeText() : ''));
}

function numberIn(dict: PDFDict, key: string): number {
  const value = dict.lookup(PDFName.of(key));
  return value instanceof PDFNumber ? value.asNumber() : 0;
}

const PERCENT = 0x25;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const BACKSLASH = 0x5c;
const LESS = 0x3c;
const GREATER = 0x3e;
const SLASH = 0x2f;

function isWhitespace(byte: number): boolean {
  return (
    byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09 || byte === 0x0c || byte === 0
  );
}

function isDelimiter(byte: number): boolean {
  // ( ) < > [ ] { } / %
  return (
    byte === 0x28 ||
    byte === 0x29 ||
    byte === 0x3c ||
    byte === 0x3e ||
    byte === 0x5b ||
    byte === 0x5d ||
    byte === 0x7b ||
    byte === 0x7d ||
    byte === 0x2f ||
    byte === 0x25
  );
}

/** Numbers and the keywords `true`, `false`, `null` are operands, not operators. */
function isOperand(word: string): boolean {
  return /^[+-]?(\d|\.)/.test(word) || word === 'true' || word === 'false' || word === 'null';
}

function skipRegular(content: Uint8Array, at: number): number {
  while (at < content.length && !isWhitespace(content[at]!) && !isDelimiter(content[at]!)) at += 1;
  return at;
}

/** `<<` opens a dictionary (its entries are read as they come); `<…>` is a hex string. */
function skipDictOrHexString(content: Uint8Array, at: number): number {
  if (content[at + 1] === LESS) return at + 2;
  const end = content.indexOf(GREATER, at);
  return end < 0 ? content.length : end + 1;
}

function skipLine(content: Uint8Array, at: number): number {
  while (at < content.length && content[at] !== 0x0a && content[at] !== 0x0d) at += 1;
  return at;
}

function skipLiteralString(content: Uint8Array, at: number): number {
  let depth = 0;
  for (; at < content.length; at++) {
    const byte = content[at];
    if (byte === BACKSLASH) at += 1;
    else if (byte === OPEN_PAREN) depth += 1;
    else if (byte === CLOSE_PAREN && --depth === 0) return at + 1;
  }
  return at;
}

/** Inline image data is binary; it ends at the first `EI` standing alone after the `ID` keyword. */
function skipInlineImage(content: Uint8Array, at: number): number {
  const data = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  const start = data.indexOf('ID', at, 'latin1');
  if (start < 0) return content.length;
  for (
    let end = data.indexOf('EI', start + 3, 'latin1');
    end >= 0;
    end = data.indexOf('EI', end + 2, 'latin1')
  ) {
    const after = content[end + 2];
    if (
      isWhitespace(content[end - 1]!) &&
      (after === undefined || isWhitespace(after) || isDelimiter(after))
    ) {
      return end + 2;
    }
  }
  return content.length;
}
