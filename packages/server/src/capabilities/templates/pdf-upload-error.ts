import { ApiError } from '../../platform/errors/api-error.js';
import { PdfBusyError, PdfWorkerLimitError } from '../../platform/pdf/pdf-worker-errors.js';
import { PdfRejectedError } from '../../platform/pdf/pdf-rejected-error.js';

/** A refusal of an uploaded PDF: by its content, by a worker's time or memory limit, or for a busy account. */
export type PdfRefusal = PdfRejectedError | PdfWorkerLimitError | PdfBusyError;

export function isPdfRefusal(error: unknown): error is PdfRefusal {
  return (
    error instanceof PdfRejectedError ||
    error instanceof PdfWorkerLimitError ||
    error instanceof PdfBusyError
  );
}

/** The API's answer to an upload the PDF pipeline refused; the message is the pipeline's, fit for the uploader. */
export function pdfUploadError(error: PdfRefusal): ApiError {
  if (error instanceof PdfBusyError) {
    return new ApiError('pdf_busy', error.message, {
      field: 'file',
      cause: error,
      headers: { 'Retry-After': '5' },
    });
  }
  if (error instanceof PdfWorkerLimitError) {
    return new ApiError('pdf_too_complex', error.message, { field: 'file', cause: error });
  }
  switch (error.code) {
    case 'not_a_pdf':
      return new ApiError('not_a_pdf', error.message, { field: 'file', cause: error });
    case 'too_large':
      return new ApiError('payload_too_large', error.message, { field: 'file', cause: error });
    case 'encrypted':
      return new ApiError('pdf_encrypted', error.message, { field: 'file', cause: error });
    case 'too_many_pages':
      return new ApiError('pdf_too_many_pages', error.message, { field: 'file', cause: error });
    case 'page_too_large':
      return new ApiError('pdf_page_too_large', error.message, { field: 'file', cause: error });
    case 'too_complex':
      return new ApiError('pdf_too_complex', error.message, { field: 'file', cause: error });
    default:
      return new ApiError('pdf_unreadable', error.message, { field: 'file', cause: error });
  }
}
