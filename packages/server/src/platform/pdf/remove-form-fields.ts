import { PDFArray, PDFDict, PDFName, PDFRef } from 'pdf-lib';
import type { PDFDocument, PDFObject } from 'pdf-lib';

const WIDGET = PDFName.of('Widget');

/**
 * Makes the document static: every form widget leaves its page and the AcroForm (with its field
 * tree, stored values and widget appearances) leaves the file. Values that belong on the page are
 * drawn into the page content separately, so a reader cannot show or edit stale field values.
 */
export function removeFormFields(doc: PDFDocument): void {
  const doomed = new Set<PDFRef>();
  for (const page of doc.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annots) continue;
    const kept = annots.asArray().filter((entry) => {
      const annot = doc.context.lookupMaybe(entry, PDFDict);
      if (annot?.get(PDFName.of('Subtype')) !== WIDGET) return true;
      if (entry instanceof PDFRef) doomed.add(entry);
      collectAppearances(doc, annot, doomed);
      return false;
    });
    if (kept.length === annots.size()) continue;
    if (kept.length === 0) page.node.delete(PDFName.of('Annots'));
    else page.node.set(PDFName.of('Annots'), doc.context.obj(kept));
  }
  const acroFormEntry = doc.catalog.get(PDFName.of('AcroForm'));
  const acroForm = doc.context.lookupMaybe(acroFormEntry, PDFDict);
  if (acroForm) {
    if (acroFormEntry instanceof PDFRef) doomed.add(acroFormEntry);
    collectFieldTree(doc, acroForm.get(PDFName.of('Fields')), doomed);
  }
  doc.catalog.delete(PDFName.of('AcroForm'));
  doc.catalog.delete(PDFName.of('NeedsRendering'));
  for (const ref of doomed) doc.context.delete(ref);
}

function collectFieldTree(doc: PDFDocument, kids: PDFObject | undefined, into: Set<PDFRef>): void {
  const array = doc.context.lookupMaybe(kids, PDFArray);
  for (const entry of array?.asArray() ?? []) {
    // A hostile file can make the field tree loop back on itself.
    if (!(entry instanceof PDFRef) || into.has(entry)) continue;
    into.add(entry);
    const field = doc.context.lookupMaybe(entry, PDFDict);
    if (!field) continue;
    collectAppearances(doc, field, into);
    collectFieldTree(doc, field.get(PDFName.of('Kids')), into);
  }
}

/** Appearance streams: /AP holds /N, /D and /R, each a stream or a dictionary of states. */
function collectAppearances(doc: PDFDocument, widget: PDFDict, into: Set<PDFRef>): void {
  const entry = widget.get(PDFName.of('AP'));
  if (entry instanceof PDFRef) into.add(entry);
  const appearances = doc.context.lookupMaybe(entry, PDFDict);
  for (const value of appearances?.values() ?? []) {
    if (value instanceof PDFRef) into.add(value);
    if (value instanceof PDFDict) {
      for (const state of value.values()) if (state instanceof PDFRef) into.add(state);
    }
  }
}
