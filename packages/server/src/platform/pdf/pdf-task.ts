import type { CoveredArea } from './cover-areas.js';
import type { PageRange } from './extract-pages.js';
import type { FinalizeDocumentInput, FinalizedDocument } from './finalize-document.js';
import type { TextTagOnPage } from './find-text-tags.js';
import type { InspectPdfOptions, PdfInspection } from './inspect-pdf.js';
import type { RenderedPage, RenderPagesOptions } from './render-pages.js';

/** The work a PDF worker thread does, one task at a time. */
export type PdfTask =
  | { kind: 'finalize'; input: FinalizeDocumentInput }
  | { kind: 'inspect'; bytes: Uint8Array; options: InspectPdfOptions }
  | { kind: 'render'; bytes: Uint8Array; options: RenderPagesOptions }
  | { kind: 'find-text-tags'; bytes: Uint8Array }
  | { kind: 'cover'; bytes: Uint8Array; areas: CoveredArea[] }
  | { kind: 'merge'; documents: Uint8Array[] }
  | { kind: 'extract'; bytes: Uint8Array; ranges: PageRange[] }
  /** Seals a throw-away page, so that the thread's first real finalization finds its code ready. */
  | { kind: 'warm-up' };

export type PdfTaskResult<Task extends PdfTask> = Task extends { kind: 'finalize' }
  ? FinalizedDocument
  : Task extends { kind: 'inspect' }
    ? PdfInspection
    : Task extends { kind: 'render' }
      ? RenderedPage[]
      : Task extends { kind: 'find-text-tags' }
        ? TextTagOnPage[]
        : Task extends { kind: 'warm-up' }
          ? null
          : Uint8Array;
