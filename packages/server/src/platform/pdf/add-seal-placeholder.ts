import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import type { PDFDocument } from 'pdf-lib';
import type { SealDetails } from './types.js';

/** Room for the DER signature: our certificate plus a few intermediates of a configured one. */
export const SEAL_SIGNATURE_BYTES = 8192;

/**
 * Adds an invisible signature field whose /Contents is a zero-filled hole and whose /ByteRange is
 * a placeholder; `signPlaceholder` fills both once the document is saved without object streams.
 */
export function addSealPlaceholder(
  doc: PDFDocument,
  details: SealDetails,
  signingTime: Date,
): void {
  const pages = doc.getPages();
  pdflibAddPlaceholder({
    pdfDoc: doc,
    pdfPage: pages[pages.length - 1],
    reason: details.reason,
    name: details.name,
    location: details.location,
    contactInfo: details.contactInfo,
    signingTime,
    signatureLength: SEAL_SIGNATURE_BYTES,
    appName: 'Signport',
  });
}
