import { z } from 'zod';
import {
  controlCharacterMessage,
  findControlCharacter,
  type TextLines,
} from '../rules/text-characters.js';

function textOf(lines: TextLines) {
  return z.string().superRefine((value, ctx) => {
    const index = findControlCharacter(value, lines);
    if (index >= 0)
      ctx.addIssue({ code: 'custom', message: controlCharacterMessage(value, index) });
  });
}

/**
 * A string of one line: names, titles, ids, addresses, tokens. Every string schema of the API is
 * built from this or `multiLineText`, so no request can store a control character.
 */
export function singleLineText() {
  return textOf('single_line');
}

/** A string that may span lines (messages, notes, comments): tab, LF and CR are allowed. */
export function multiLineText() {
  return textOf('multi_line');
}
