import { PDFDocument, rgb } from 'pdf-lib';
import type { PdfRect } from './types.js';

export interface CoveredArea {
  /** 1-based. */
  page: number;
  /** Points from the bottom-left of the page's visible area. */
  rect: PdfRect;
}

/** A point of white around each area, for antialiased glyph edges. */
const MARGIN = 1;

/**
 * Paints each area white over the page's own drawing, e.g. the text tags that became fields: page
 * images, the parties' view and the sealed PDF then show the field, not the tag. The text stays in
 * the file's text layer underneath, as with any white-on-white anchor text.
 */
export async function coverAreas(
  bytes: Uint8Array,
  areas: readonly CoveredArea[],
): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const pages = doc.getPages();
  for (const { page: number, rect } of areas) {
    const page = pages[number - 1];
    if (!page) continue;
    const crop = page.getCropBox();
    page.drawRectangle({
      x: crop.x + rect.x - MARGIN,
      y: crop.y + rect.y - MARGIN,
      width: rect.width + 2 * MARGIN,
      height: rect.height + 2 * MARGIN,
      color: rgb(1, 1, 1),
      borderWidth: 0,
    });
  }
  return doc.save();
}
