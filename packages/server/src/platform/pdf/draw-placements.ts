import { createHash } from 'node:crypto';
import { LineCapStyle, rgb } from 'pdf-lib';
import type { PDFDocument, PDFFont, PDFImage, PDFPage } from 'pdf-lib';
import { embedDocumentFont } from './document-fonts.js';
import { toFontCharacters } from './to-font-characters.js';
import type { PdfRect, Placement } from './types.js';
import { validateSignatureImage } from './validate-signature-image.js';
import type { SignatureImageLimits } from './validate-signature-image.js';
import { wrapText } from './wrap-text.js';

const INK = rgb(0.05, 0.1, 0.35);
const MAX_FONT_SIZE = 11;
const MIN_FONT_SIZE = 5;
const PADDING = 2;
const LINE_SPACING = 1.15;
/** Noto Sans's cap height as a share of the font size; centres a line on its box. */
const CAP_HEIGHT = 0.72;
const TRUTHY = new Set(['true', 'on', 'yes', '1', 'x', 'checked']);

/**
 * Draws every placement's value into the page content of `doc`: text fitted to its box (shrinking,
 * then wrapping), a check mark for a ticked checkbox, a dot for a chosen radio button, signature and
 * initials PNGs scaled into their box. All images are validated before anything is drawn, so a bad
 * one leaves `doc` untouched. Placement rects are in points from the visible page's bottom-left.
 */
export async function drawPlacements(
  doc: PDFDocument,
  placements: readonly Placement[],
  signatureLimits?: SignatureImageLimits,
): Promise<void> {
  const pages = doc.getPages();
  for (const placement of placements) {
    checkPlacement(placement, pages.length);
    if (isImagePlacement(placement)) validateSignatureImage(placement.value, signatureLimits);
  }
  let font: PDFFont | undefined;
  const images = new Map<string, PDFImage>();
  for (const placement of placements) {
    const page = pages[placement.page - 1] as PDFPage;
    const crop = page.getCropBox();
    const rect = { ...placement.rect, x: placement.rect.x + crop.x, y: placement.rect.y + crop.y };
    if (isImagePlacement(placement)) {
      // One party's initials repeat on every page: embed each distinct image once.
      const key = createHash('sha256').update(placement.value).digest('hex');
      let image = images.get(key);
      if (!image) {
        image = await doc.embedPng(placement.value);
        images.set(key, image);
      }
      drawImage(page, image, rect);
    } else if (placement.type === 'checkbox') {
      if (isTicked(placement.value)) drawCheckMark(page, rect);
    } else if (placement.type === 'radio' && placement.option !== undefined) {
      if (placement.value === placement.option) drawDot(page, rect);
    } else if (placement.value !== null && placement.value !== '') {
      font ??= await embedDocumentFont(doc, 'regular');
      drawFittedText(page, toFontCharacters(String(placement.value), font), font, rect);
    }
  }
}

type ImagePlacement = Placement & { value: Uint8Array };

function isImagePlacement(placement: Placement): placement is ImagePlacement {
  if (placement.type !== 'signature' && placement.type !== 'initials') return false;
  if (!(placement.value instanceof Uint8Array)) {
    throw new TypeError(`Field ${placement.fieldId}: a ${placement.type} value must be PNG bytes.`);
  }
  return true;
}

function checkPlacement({ fieldId, page, rect }: Placement, pageCount: number): void {
  if (!Number.isInteger(page) || page < 1 || page > pageCount) {
    throw new RangeError(
      `Field ${fieldId}: page ${page} is outside the document (1-${pageCount}).`,
    );
  }
  const numbers = [rect.x, rect.y, rect.width, rect.height];
  if (!numbers.every(Number.isFinite) || rect.width <= 0 || rect.height <= 0) {
    throw new RangeError(`Field ${fieldId}: the rectangle is not a positive, finite box.`);
  }
}

function isTicked(value: Placement['value']): boolean {
  return value === true || (typeof value === 'string' && TRUTHY.has(value.trim().toLowerCase()));
}

function drawImage(page: PDFPage, image: PDFImage, rect: PdfRect): void {
  const scale = Math.min(rect.width / image.width, rect.height / image.height);
  const width = image.width * scale;
  const height = image.height * scale;
  // Left-aligned like a pen signature on a line, centred vertically.
  page.drawImage(image, {
    x: rect.x,
    y: rect.y + (rect.height - height) / 2,
    width,
    height,
  });
}

function drawCheckMark(page: PDFPage, rect: PdfRect): void {
  const side = Math.min(rect.width, rect.height);
  const x = rect.x + (rect.width - side) / 2;
  const y = rect.y + (rect.height - side) / 2;
  const at = (u: number, v: number) => ({ x: x + u * side, y: y + v * side });
  const stroke = { thickness: side * 0.14, color: INK, lineCap: LineCapStyle.Round };
  page.drawLine({ start: at(0.18, 0.52), end: at(0.42, 0.22), ...stroke });
  page.drawLine({ start: at(0.42, 0.22), end: at(0.84, 0.82), ...stroke });
}

function drawDot(page: PDFPage, rect: PdfRect): void {
  const radius = Math.min(rect.width, rect.height) * 0.28;
  page.drawCircle({
    x: rect.x + rect.width / 2,
    y: rect.y + rect.height / 2,
    size: radius,
    color: INK,
  });
}

/** One line at the largest size that fits; when even the smallest is too wide, wrapped lines. */
function drawFittedText(page: PDFPage, text: string, font: PDFFont, rect: PdfRect): void {
  const oneLine = text.replace(/\n/g, ' ');
  const width = rect.width - 2 * PADDING;
  const height = rect.height - PADDING;
  let size = Math.min(MAX_FONT_SIZE, height / LINE_SPACING);
  size = Math.min(size, (size * width) / Math.max(font.widthOfTextAtSize(oneLine, size), 1));
  if (size >= MIN_FONT_SIZE) {
    const y = rect.y + (rect.height - size * CAP_HEIGHT) / 2;
    page.drawText(oneLine, { x: rect.x + PADDING, y, size, font, color: INK });
    return;
  }
  size = Math.min(MAX_FONT_SIZE, height / LINE_SPACING);
  let lines = wrapText(text, font, size, width);
  while (size > MIN_FONT_SIZE && lines.length * size * LINE_SPACING > height) {
    size = Math.max(MIN_FONT_SIZE, size - 0.5);
    lines = wrapText(text, font, size, width);
  }
  const fitting = Math.max(1, Math.floor(height / (size * LINE_SPACING)));
  if (lines.length > fitting) {
    lines = lines.slice(0, fitting);
    lines[fitting - 1] = ellipsize(lines[fitting - 1] ?? '', font, size, width);
  }
  const top = rect.y + rect.height - PADDING / 2 - size;
  lines.forEach((line, index) => {
    page.drawText(line, {
      x: rect.x + PADDING,
      y: top - index * size * LINE_SPACING,
      size,
      font,
      color: INK,
    });
  });
}

function ellipsize(line: string, font: PDFFont, size: number, width: number): string {
  let kept = line;
  while (kept && font.widthOfTextAtSize(`${kept}…`, size) > width) kept = kept.slice(0, -1);
  return `${kept}…`;
}
