import type { PDFFont } from 'pdf-lib';

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const LOOKALIKES: Record<string, string> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2212': '-',
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u202f': ' ',
  '\u2032': "'",
  '\u2033': '"',
  // Letters with a stroke have no Unicode decomposition.
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
};
const supportedByFont = new WeakMap<PDFFont, Set<number>>();

/**
 * Makes `text` drawable with `font`: composed (NFC) first, then a character outside the font's set
 * loses its accent when that makes it drawable (ő → o), or becomes its lookalike, and anything else
 * becomes "?". Unreplaced, pdf-lib would draw a blank box for it (or throw, with a standard font).
 * Line breaks are kept.
 */
export function toFontCharacters(text: string, font: PDFFont): string {
  let supported = supportedByFont.get(font);
  if (!supported) {
    supported = new Set(font.getCharacterSet());
    supportedByFont.set(font, supported);
  }
  let out = '';
  for (const char of text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, ' ')) {
    const code = char.codePointAt(0) ?? 0;
    if (supported.has(code) || char === '\n') {
      out += char;
      continue;
    }
    if (code < 0x20) continue;
    const replacement = LOOKALIKES[char] ?? char.normalize('NFKD').replace(COMBINING_MARKS, '');
    const encodable =
      replacement !== '' && [...replacement].every((c) => supported.has(c.codePointAt(0) ?? 0));
    out += encodable ? replacement : '?';
  }
  return out;
}
