import { ApiError } from '../errors/api-error.js';
import type { PdfRejectedError } from '../pdf/pdf-rejected-error.js';

/** The API's answer to an upload the PDF library refused; the message is the library's, fit for the uploader. */
export function pdfUploadError(error: PdfRejectedError): ApiError {
  switch (error.code) {
    case 'not_a_pdf':
      return new ApiError(400, 'not_a_pdf', error.message, 'file');
    case 'too_large':
      return new ApiError(413, 'payload_too_large', error.message, 'file');
    case 'encrypted':
      return new ApiError(422, 'pdf_encrypted', error.message, 'file');
    default:
      return new ApiError(422, 'pdf_unreadable', error.message, 'file');
  }
}
