import {
  EncryptedPDFError,
  PDFArray,
  PDFCheckBox,
  PDFDocument,
  PDFDropdown,
  PDFName,
  PDFOptionList,
  PDFRadioGroup,
  PDFRef,
  PDFSignature,
  PDFTextField,
} from 'pdf-lib';
import type { PDFField, PDFPage } from 'pdf-lib';
import { countPageOperators } from './count-page-operators.js';
import { countPages } from './count-pages.js';
import { DEFAULT_PDF_LIMITS, type PdfLimits } from './pdf-limits.js';
import { PdfRejectedError } from './pdf-rejected-error.js';
import type { DetectedField, DetectedFieldType, PageSize } from './types.js';

export interface InspectPdfOptions extends Partial<PdfLimits> {
  /** Largest accepted file, in bytes. */
  maxBytes: number;
}

export interface PdfInspection {
  pageCount: number;
  /** Visible (crop box) size of each page, in points. */
  pages: PageSize[];
  /** One entry per widget of every fillable AcroForm field, in page order. */
  fields: DetectedField[];
}

const PDF_MAGIC = '%PDF-';
/** Readers accept a header anywhere in the first KiB and a trailer marker in the last KiB. */
const MARKER_WINDOW = 1024;

/**
 * Checks that `bytes` is a PDF we can work with, within `limits` (pages, page size, drawing
 * complexity), and describes its pages and form fields. Throws `PdfRejectedError` (with a code
 * and a message fit for the uploader) otherwise. Meant to run in a PDF worker: a hostile file can
 * still take the parser a while.
 *
 * @example
 * const { pages, fields } = await inspectPdf(upload, { maxBytes: 20 * 1024 * 1024 });
 */
export async function inspectPdf(
  bytes: Uint8Array,
  { maxBytes, ...given }: InspectPdfOptions,
): Promise<PdfInspection> {
  const limits = { ...DEFAULT_PDF_LIMITS, ...given };
  if (!hasMarker(bytes.subarray(0, MARKER_WINDOW), PDF_MAGIC)) {
    throw new PdfRejectedError('not_a_pdf', 'The file is not a PDF document.');
  }
  if (bytes.byteLength > maxBytes) {
    throw new PdfRejectedError(
      'too_large',
      `The PDF is larger than the ${formatMegabytes(maxBytes)} limit.`,
    );
  }
  if (!hasMarker(bytes.subarray(-MARKER_WINDOW), '%%EOF')) {
    throw new PdfRejectedError(
      'unreadable',
      'The PDF is incomplete or damaged (it was cut short).',
    );
  }
  const doc = await loadDocument(bytes);
  const pageCount = readable(() => countPages(doc, limits.maxPages));
  if (pageCount === 0) throw new PdfRejectedError('no_pages', 'The PDF has no pages.');
  return readable(() => {
    const pdfPages = doc.getPages();
    const pages = pdfPages.map((page, index) => pageSize(page, index + 1, limits.maxPageSizePt));
    const forms = new Map();
    pdfPages.forEach((page, index) => countPageOperators(page, index + 1, limits, forms));
    return { pageCount, pages, fields: detectFields(doc, pdfPages) };
  });
}

/** Runs `read`, letting refusals through and calling any other failure damage. */
function readable<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof PdfRejectedError) throw error;
    throw new PdfRejectedError('unreadable', 'The PDF is damaged and cannot be read.');
  }
}

function pageSize(page: PDFPage, pageNumber: number, maxPageSizePt: number): PageSize {
  const { width, height } = page.getCropBox();
  if (Math.max(Math.abs(width), Math.abs(height)) > maxPageSizePt) {
    throw new PdfRejectedError(
      'page_too_large',
      `Page ${pageNumber} is ${round(width)} × ${round(height)} pt; pages may be at most ${maxPageSizePt} pt on a side.`,
    );
  }
  return { width, height, rotation: page.getRotation().angle };
}

async function loadDocument(bytes: Uint8Array): Promise<PDFDocument> {
  try {
    const doc = await PDFDocument.load(bytes, {
      throwOnInvalidObject: true,
      updateMetadata: false,
    });
    return doc;
  } catch (error) {
    if (error instanceof EncryptedPDFError || isEncrypted(bytes)) {
      throw new PdfRejectedError(
        'encrypted',
        'The PDF is password-protected or encrypted; upload an unprotected copy.',
      );
    }
    throw new PdfRejectedError('unreadable', 'The PDF is damaged and cannot be read.');
  }
}

/**
 * Encrypted object streams fail strict parsing before pdf-lib gets to report the encryption, so
 * the last cross-reference section (where /Encrypt must appear) is checked directly.
 */
function isEncrypted(bytes: Uint8Array): boolean {
  const pdf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const marker = pdf.lastIndexOf('startxref', undefined, 'latin1');
  const offset = Number(
    /^startxref\s+(\d+)/.exec(pdf.toString('latin1', marker, marker + 40))?.[1],
  );
  if (marker < 0 || !Number.isInteger(offset) || offset >= pdf.byteLength) return false;
  return pdf.includes('/Encrypt', offset, 'latin1');
}

function detectFields(doc: PDFDocument, pages: PDFPage[]): DetectedField[] {
  const pageOfAnnotation = new Map<PDFRef, number>();
  pages.forEach((page, index) => {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (const ref of annots?.asArray() ?? []) {
      if (ref instanceof PDFRef) pageOfAnnotation.set(ref, index);
    }
  });
  const detected: DetectedField[] = [];
  for (const field of doc.getForm().getFields()) {
    const type = fieldType(field);
    if (!type) continue;
    const options =
      field instanceof PDFRadioGroup ||
      field instanceof PDFDropdown ||
      field instanceof PDFOptionList
        ? field.getOptions()
        : undefined;
    field.acroField.getWidgets().forEach((widget, widgetIndex) => {
      const ref = doc.context.getObjectRef(widget.dict);
      const pageRef = widget.P();
      const pageIndex =
        (ref && pageOfAnnotation.get(ref)) ??
        pages.findIndex((page) => pageRef !== undefined && page.ref === pageRef);
      const page = pages[pageIndex];
      if (!page) return;
      const crop = page.getCropBox();
      const { x, y, width, height } = widget.getRectangle();
      detected.push({
        name: field.getName(),
        type,
        page: pageIndex + 1,
        rect: {
          x: round(Math.min(x, x + width) - crop.x),
          y: round(Math.min(y, y + height) - crop.y),
          width: round(Math.abs(width)),
          height: round(Math.abs(height)),
        },
        required: field.isRequired(),
        ...(options && { options }),
        ...(field instanceof PDFRadioGroup && { option: options?.[widgetIndex] }),
        ...(field instanceof PDFTextField && { multiline: field.isMultiline() }),
      });
    });
  }
  return detected.sort((a, b) => a.page - b.page || b.rect.y - a.rect.y || a.rect.x - b.rect.x);
}

function fieldType(field: PDFField): DetectedFieldType | undefined {
  if (field instanceof PDFTextField) return 'text';
  if (field instanceof PDFCheckBox) return 'checkbox';
  if (field instanceof PDFRadioGroup) return 'radio';
  if (field instanceof PDFDropdown || field instanceof PDFOptionList) return 'select';
  if (field instanceof PDFSignature) return 'signature';
  return undefined;
}

/** Hundredths of a point are far below what anyone can see; longer fractions are float noise. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function hasMarker(window: Uint8Array, marker: string): boolean {
  return Buffer.from(window.buffer, window.byteOffset, window.byteLength).includes(
    marker,
    0,
    'latin1',
  );
}

function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}
