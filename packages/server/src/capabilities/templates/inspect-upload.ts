import type { Config } from '../../platform/config.js';
import type { PdfInspection } from '../../platform/pdf/inspect-pdf.js';
import { runPdfTask } from '../../platform/pdf/pdf-worker-pool.js';
import { isPdfRefusal, pdfUploadError } from './pdf-upload-error.js';
import { TEMPLATE_PDF_MAX_BYTES } from './template-limits.js';

/**
 * Checks an uploaded PDF against the configured limits and finds its pages and form fields, on a
 * PDF worker thread so the server keeps answering; a refusal is an `ApiError` for the uploader.
 */
export async function inspectUpload(
  config: Pick<Config, 'pdfLimits' | 'pdfWorkers'>,
  accountId: string,
  bytes: Uint8Array,
): Promise<PdfInspection> {
  const workers = config.pdfWorkers;
  try {
    return await runPdfTask(
      {
        kind: 'inspect',
        bytes,
        options: { maxBytes: TEMPLATE_PDF_MAX_BYTES, ...config.pdfLimits },
      },
      { ...workers, timeoutMs: workers.inspectTimeoutMs, accountId },
    );
  } catch (error) {
    throw isPdfRefusal(error) ? pdfUploadError(error) : error;
  }
}
