import { createCanvas } from '@napi-rs/canvas';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { openPdfJsDocument } from './open-pdfjs-document.js';
import { PdfRejectedError } from './pdf-rejected-error.js';
import type { PdfRect } from './types.js';

/** A `{{…}}` tag in a PDF's text and the box its glyphs take. */
export interface TextTagOnPage {
  /** The tag as written, braces included and closed up; an unclosed one ends without `}}`. */
  text: string;
  /** 1-based. */
  page: number;
  /** Points from the bottom-left of the page's visible area, unrotated, descenders included. */
  rect: PdfRect;
}

/**
 * A tag, or the start of one left open on its line (reported, never dropped). Text extraction reads
 * a gap between two runs as a space, so `{ {` and `} }` are braces split by the writer.
 */
const TAG = /\{\s*\{(?:([^{}]{0,500})\}\s*\}|[^{}]{0,80}\}?)/g;
/** More tags than fields a template may hold is a mistake (or hostile), not a form. */
const MAX_TAGS = 2000;
/** Glyphs reach below the baseline and above the font size's cap height by about this much. */
const DESCENT = 0.3;
const ASCENT = 0.95;

interface Run {
  /** Offsets of this item's characters in the line's text. */
  start: number;
  item: TextItem;
}

/**
 * Finds the text tags of `bytes` with pdf.js, page by page. A tag may span several text runs of a
 * line (writers split text for kerning); where it shares a run with other words its edges are
 * measured with a sans-serif font's widths. Meant to run in a PDF worker, after `inspectPdf`
 * checked the file against the limits.
 */
export async function findTextTags(bytes: Uint8Array): Promise<TextTagOnPage[]> {
  const loadingTask = openPdfJsDocument(bytes);
  try {
    const doc = await loadingTask.promise;
    const found: TextTagOnPage[] = [];
    for (let pageNumber = 1; pageNumber <= doc.numPages; pageNumber++) {
      const page = await doc.getPage(pageNumber);
      const [left = 0, bottom = 0] = page.view;
      const { items } = await page.getTextContent();
      let line = '';
      let runs: Run[] = [];
      const flush = () => {
        for (const match of line.matchAll(TAG)) {
          if (found.length >= MAX_TAGS) break;
          const box = boxOf(runs, match.index, match.index + match[0].length);
          const body = match[1];
          found.push({
            text: body === undefined ? match[0].replace(/^\{\s*\{/, '{{').trimEnd() : `{{${body}}}`,
            page: pageNumber,
            rect: { ...box, x: box.x - left, y: box.y - bottom },
          });
        }
        line = '';
        runs = [];
      };
      for (const item of items) {
        if (!('str' in item)) continue;
        const last = runs[runs.length - 1];
        if (last && !onSameLine(last.item, item)) flush();
        runs.push({ start: line.length, item });
        line += item.str;
        if (item.hasEOL) flush();
      }
      flush();
      page.cleanup();
      if (found.length >= MAX_TAGS) break;
    }
    return found;
  } catch {
    throw new PdfRejectedError('unreadable', 'The PDF is damaged and cannot be read.');
  } finally {
    await loadingTask.destroy();
  }
}

/** Same direction and baseline: the second run continues the first's line. */
function onSameLine(a: TextItem, b: TextItem): boolean {
  const [ax, ay] = direction(a);
  const [bx, by] = direction(b);
  if (Math.abs(ax - bx) > 0.01 || Math.abs(ay - by) > 0.01) return false;
  // Distance of b's origin from a's baseline, across the line.
  const across = (b.transform[4] - a.transform[4]) * -ay + (b.transform[5] - a.transform[5]) * ax;
  return Math.abs(across) < Math.max(a.height, b.height) * 0.5;
}

function direction(item: TextItem): [number, number] {
  const [a = 1, b = 0] = item.transform;
  const length = Math.hypot(a, b) || 1;
  return [a / length, b / length];
}

/** The upright bounding box of characters `from`…`to` of a line made of `runs`. */
function boxOf(runs: readonly Run[], from: number, to: number): PdfRect {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const { start, item } of runs) {
    const end = start + item.str.length;
    if (end <= from || start >= to) continue;
    const [ux, uy] = direction(item);
    const e = item.transform[4];
    const f = item.transform[5];
    const along = (offset: number) => item.width * shareOfWidth(item.str, offset);
    const first = along(Math.max(from, start) - start);
    const last = along(Math.min(to, end) - start);
    for (const distance of [first, last]) {
      for (const rise of [-DESCENT * item.height, ASCENT * item.height]) {
        xs.push(e + ux * distance - uy * rise);
        ys.push(f + uy * distance + ux * rise);
      }
    }
  }
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

const measuring = createCanvas(1, 1).getContext('2d');
measuring.font = '100px sans-serif';

/** How far into `text` its first `count` characters reach, as a share of its width. */
function shareOfWidth(text: string, count: number): number {
  if (count <= 0) return 0;
  if (count >= text.length) return 1;
  const whole = measuring.measureText(text).width;
  if (!(whole > 0)) return count / text.length;
  return measuring.measureText(text.slice(0, count)).width / whole;
}
