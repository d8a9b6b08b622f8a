import { createHash } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { addSealPlaceholder } from './add-seal-placeholder.js';
import { appendAuditCertificate } from './audit-certificate.js';
import { drawPlacements } from './draw-placements.js';
import { removeFormFields } from './remove-form-fields.js';
import { signPlaceholder } from './sign-placeholder.js';
import type { AuditCertificate, Placement, SealDetails, SealingKey } from './types.js';
import type { SignatureImageLimits } from './validate-signature-image.js';

export interface FinalizeDocumentInput {
  /** The template PDF the session was started from. */
  original: Uint8Array;
  placements: Placement[];
  /** The certificate's content; the original's SHA-256 is computed here. */
  audit: Omit<AuditCertificate, 'originalSha256'>;
  seal: SealDetails & SealingKey;
  signatureLimits?: SignatureImageLimits;
}

export interface FinalizedDocument {
  pdf: Uint8Array;
  originalSha256: string;
  finalSha256: string;
}

/**
 * Turns a completed session into its final document in one pass over one parsed PDF: values and
 * signature images drawn, form fields removed, certificate of completion appended, then sealed.
 *
 * @example
 * const { pdf, originalSha256, finalSha256 } = await finalizeDocument({ original, placements, audit, seal });
 */
export async function finalizeDocument(input: FinalizeDocumentInput): Promise<FinalizedDocument> {
  const originalSha256 = sha256(input.original);
  const doc = await PDFDocument.load(input.original, { updateMetadata: false });
  await drawPlacements(doc, input.placements, input.signatureLimits);
  removeFormFields(doc);
  await appendAuditCertificate(doc, { ...input.audit, originalSha256 });
  doc.setProducer('Signport');
  doc.setModificationDate(input.audit.completedAt);
  addSealPlaceholder(doc, input.seal, input.audit.completedAt);
  // The signature dictionary must stay a plain object for its byte range to be patched in.
  const unsigned = await doc.save({ useObjectStreams: false });
  const pdf = await signPlaceholder(unsigned, input.seal, input.audit.completedAt);
  return { pdf, originalSha256, finalSha256: sha256(pdf) };
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
