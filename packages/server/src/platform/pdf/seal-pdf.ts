import { PDFDocument } from 'pdf-lib';
import { addSealPlaceholder } from './add-seal-placeholder.js';
import { signPlaceholder } from './sign-placeholder.js';
import type { SealDetails, SealingKey } from './types.js';

export type SealPdfOptions = SealingKey & SealDetails & { signingTime?: Date };

/**
 * Seals `bytes` with a PDF digital signature (PKCS#7 detached, SHA-256) over the whole file, so
 * any later change is detectable by `verifySealedPdf` and by standard validators such as pdfsig.
 *
 * @example
 * const sealed = await sealPdf(pdf, { p12, passphrase, reason: 'Signed by all parties', name: 'Signport', location: 'Online', contactInfo: 'support@example.com' });
 */
export async function sealPdf(bytes: Uint8Array, options: SealPdfOptions): Promise<Uint8Array> {
  const signingTime = options.signingTime ?? new Date();
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  addSealPlaceholder(doc, options, signingTime);
  // The placeholder must stay a plain object in the file for the byte range to be patched in.
  const withPlaceholder = await doc.save({ useObjectStreams: false });
  return signPlaceholder(withPlaceholder, options, signingTime);
}
