import type { Config } from '../../platform/config.js';
import { runPdfTask } from '../../platform/pdf/pdf-worker-pool.js';
import type { RenderedPage } from '../../platform/pdf/render-pages.js';
import { PAGE_IMAGE_MAX_PIXELS, PAGE_IMAGE_WIDTH } from './template-limits.js';

export interface PageRange {
  firstPage: number;
  lastPage: number;
  /** Counts against the account's share of the PDF workers (an upload waiting on it does). */
  accountId?: string;
}

/**
 * Renders pages of a template's PDF to images on a PDF worker thread, with a time limit that grows
 * with the number of pages. Throws the pool's refusals (`isPdfRefusal`) as they are.
 */
export function renderTemplatePages(
  config: Pick<Config, 'pdfWorkers'>,
  pdf: Uint8Array,
  { firstPage, lastPage, accountId }: PageRange,
): Promise<RenderedPage[]> {
  const workers = config.pdfWorkers;
  return runPdfTask(
    {
      kind: 'render',
      bytes: pdf,
      options: { width: PAGE_IMAGE_WIDTH, maxPixels: PAGE_IMAGE_MAX_PIXELS, firstPage, lastPage },
    },
    {
      ...workers,
      timeoutMs: workers.renderTimeoutMsPerPage * (lastPage - firstPage + 1),
      ...(accountId !== undefined && { accountId }),
    },
  );
}
