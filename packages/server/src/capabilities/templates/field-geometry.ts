import type { FieldRect } from '@signport/core';
import type { PdfRect } from '../../platform/pdf/types.js';

/** The page a rectangle is on: its unrotated size in points and its rotation. */
export interface PageGeometry {
  pdfWidth: number;
  pdfHeight: number;
  rotation: number;
}

// The one place where the two coordinate systems meet. The API (and the page images) use
// fractions of the page as displayed, from its top-left corner; the PDF library uses points
// from the bottom-left corner of the unrotated page.

/** A PDF rectangle as fractions of the displayed page, origin top-left. */
export function toFieldRect(rect: PdfRect, page: PageGeometry): FieldRect {
  const u = rect.x / page.pdfWidth;
  const v = (page.pdfHeight - rect.y - rect.height) / page.pdfHeight;
  const w = rect.width / page.pdfWidth;
  const h = rect.height / page.pdfHeight;
  const turned = rotate({ x: u, y: v, width: w, height: h }, normalizedRotation(page.rotation));
  return clampToPage(turned);
}

/** Fractions of the displayed page back to a PDF rectangle in points. */
export function toPdfRect(rect: FieldRect, page: PageGeometry): PdfRect {
  const unturned = rotate(rect, (360 - normalizedRotation(page.rotation)) % 360);
  return {
    x: unturned.x * page.pdfWidth,
    y: page.pdfHeight * (1 - unturned.y - unturned.height),
    width: unturned.width * page.pdfWidth,
    height: unturned.height * page.pdfHeight,
  };
}

/** The displayed size of a page in points: a quarter turn swaps width and height. */
export function displayedSize(page: PageGeometry): { width: number; height: number } {
  return normalizedRotation(page.rotation) % 180 === 0
    ? { width: page.pdfWidth, height: page.pdfHeight }
    : { width: page.pdfHeight, height: page.pdfWidth };
}

function normalizedRotation(rotation: number): number {
  return (((Math.round(rotation / 90) * 90) % 360) + 360) % 360;
}

/** Turns a top-left fractional rectangle clockwise with its page. */
function rotate(rect: FieldRect, degrees: number): FieldRect {
  const { x, y, width, height } = rect;
  switch (degrees) {
    case 90:
      return { x: 1 - y - height, y: x, width: height, height: width };
    case 180:
      return { x: 1 - x - width, y: 1 - y - height, width, height };
    case 270:
      return { x: y, y: 1 - x - width, width: height, height: width };
    default:
      return { x, y, width, height };
  }
}

/** Keeps float noise (and widgets overhanging the crop box) from putting a field off its page. */
function clampToPage(rect: FieldRect): FieldRect {
  const round = (value: number) => Math.round(value * 1e6) / 1e6;
  const x = Math.min(Math.max(round(rect.x), 0), 0.999);
  const y = Math.min(Math.max(round(rect.y), 0), 0.999);
  return {
    x,
    y,
    width: Math.max(Math.min(round(rect.width), 1 - x), 0.001),
    height: Math.max(Math.min(round(rect.height), 1 - y), 0.001),
  };
}
