import { PDFDocument } from 'pdf-lib';
import { drawPlacements } from './draw-placements.js';
import { removeFormFields } from './remove-form-fields.js';
import type { Placement } from './types.js';
import type { SignatureImageLimits } from './validate-signature-image.js';

/**
 * Returns a static copy of `original` with every placement's value drawn onto its page and all
 * AcroForm fields removed. Signature images are validated before the document is touched.
 *
 * @example
 * const filled = await fillDocument(templatePdf, [
 *   { fieldId: 'price', page: 1, rect: { x: 150, y: 420, width: 140, height: 15 }, type: 'number', value: '450000' },
 * ]);
 */
export async function fillDocument(
  original: Uint8Array,
  placements: readonly Placement[],
  signatureLimits?: SignatureImageLimits,
): Promise<Uint8Array> {
  const doc = await PDFDocument.load(original, { updateMetadata: false });
  await drawPlacements(doc, placements, signatureLimits);
  removeFormFields(doc);
  return doc.save();
}
