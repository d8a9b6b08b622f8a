import { z } from 'zod';
import {
  controlCharacterMessage,
  findControlCharacter,
  type TextLines,
} from '../rules/text-characters.js';

function refuseControlCharacters(lines: TextLines) {
  return (value: string, ctx: z.RefinementCtx) => {
    const index = findControlCharacter(value, lines);
    if (index >= 0)
      ctx.addIssue({ code: 'custom', message: controlCharacterMessage(value, index) });
  };
}

/**
 * A string of one line: names, titles, ids, addresses, tokens. Every string schema of the API is
 * built from this, `multiLineText` or `httpUrlText`, so no request can store a control character.
 */
export function singleLineText() {
  return z.string().superRefine(refuseControlCharacters('single_line'));
}

/** A string that may span lines (messages, notes, comments): tab, LF and CR are allowed. */
export function multiLineText() {
  return z.string().superRefine(refuseControlCharacters('multi_line'));
}

/** An `http(s)` address on one line (a URL parser would quietly encode a NUL in its path). */
export function httpUrlText() {
  return z.url({ protocol: /^https?$/ }).superRefine(refuseControlCharacters('single_line'));
}
