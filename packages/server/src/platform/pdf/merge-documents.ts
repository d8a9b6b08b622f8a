import { PDFDocument } from 'pdf-lib';
import { removeFormFields } from './remove-form-fields.js';

/**
 * One PDF holding every page of `documents`, in order: the original of a packet. Each document's
 * form fields are removed first, as sealing would remove them, since a merged file has no one form
 * to keep them in; their values are drawn at the widgets' places (kept in the session) on sealing.
 *
 * @example
 * const packet = await mergeDocuments([purchaseAgreement, leadPaintDisclosure]);
 */
export async function mergeDocuments(documents: readonly Uint8Array[]): Promise<Uint8Array> {
  const merged = await PDFDocument.create({ updateMetadata: false });
  for (const bytes of documents) {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    removeFormFields(doc);
    const pages = await merged.copyPages(doc, doc.getPageIndices());
    for (const page of pages) merged.addPage(page);
  }
  merged.setProducer('Signport');
  return merged.save();
}
