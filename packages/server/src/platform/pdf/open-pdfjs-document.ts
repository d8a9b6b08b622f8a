import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentLoadingTask } from 'pdfjs-dist/types/src/display/api.js';

// pdf.js draws in this thread with a "fake worker" it would import on the first document, inside
// the first task's time limit; loaded here, it is ready when this module is.
const PDF_JS_WORKER = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = (await import(PDF_JS_WORKER)) as unknown;

/** The standard 14 fonts are not embedded by most PDF writers; pdf.js needs their outlines. */
const STANDARD_FONTS = join(
  dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')),
  'standard_fonts/',
);

/** Opens `bytes` with pdf.js as the PDF workers do; `destroy()` the task when done. */
export function openPdfJsDocument(bytes: Uint8Array): PDFDocumentLoadingTask {
  return getDocument({
    // pdf.js takes ownership of (and may detach) the buffer it is given.
    data: new Uint8Array(bytes),
    standardFontDataUrl: STANDARD_FONTS,
    isEvalSupported: false,
    verbosity: 0,
  });
}
