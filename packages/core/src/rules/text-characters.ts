/**
 * Which characters a text may hold. Control characters (C0, DEL and C1) are invisible, break
 * storage (SQLite cuts a string at NUL) and corrupt rendered PDFs, so every text of a request is
 * refused when it has one. A multi-line text may hold tab and line breaks (LF, and CR for CRLF).
 */
export type TextLines = 'single_line' | 'multi_line';

const MULTI_LINE_ALLOWED = new Set([0x09, 0x0a, 0x0d]);

function isControl(code: number, lines: TextLines): boolean {
  const control = code < 0x20 || (code >= 0x7f && code <= 0x9f);
  return control && !(lines === 'multi_line' && MULTI_LINE_ALLOWED.has(code));
}

/** The index of the first character `lines` does not allow, or -1 when the text is clean. */
export function findControlCharacter(value: string, lines: TextLines): number {
  for (let index = 0; index < value.length; index++) {
    if (isControl(value.charCodeAt(index), lines)) return index;
  }
  return -1;
}

/** What a person is told about the character at `index`, e.g. `Remove the control character U+0000 (position 4)`. */
export function controlCharacterMessage(value: string, index: number): string {
  const code = value.charCodeAt(index).toString(16).toUpperCase().padStart(4, '0');
  return `Remove the control character U+${code} (position ${index + 1})`;
}
