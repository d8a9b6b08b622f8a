import { PDFArray, PDFDict, PDFName } from 'pdf-lib';
import type { PDFDocument } from 'pdf-lib';
import { PdfRejectedError } from './pdf-rejected-error.js';

/**
 * Counts the leaves of the page tree, giving up past `maxPages`. The tree is walked by hand before
 * pdf-lib walks it: a few KB of page nodes that share their kids (or loop back) stand for millions
 * of pages, and pdf-lib would build them all.
 */
export function countPages(doc: PDFDocument, maxPages: number): number {
  const tooMany = () =>
    new PdfRejectedError('too_many_pages', `The PDF has more than ${maxPages} pages.`);
  const root = doc.catalog.lookup(PDFName.of('Pages'));
  const pending: unknown[] = [root];
  // Inner nodes count too, so a loop of nodes without pages cannot walk forever.
  let visits = 0;
  let pages = 0;
  while (pending.length) {
    const node = pending.pop();
    if (++visits > 2 * maxPages + 64) throw tooMany();
    if (!(node instanceof PDFDict)) continue;
    const kids = node.lookup(PDFName.of('Kids'));
    if (node.lookup(PDFName.of('Type')) !== PDFName.of('Pages') || !(kids instanceof PDFArray)) {
      if (++pages > maxPages) throw tooMany();
      continue;
    }
    for (let index = kids.size() - 1; index >= 0; index--) pending.push(kids.lookup(index));
  }
  return pages;
}
