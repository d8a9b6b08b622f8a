export type PdfRejectionCode =
  | 'not_a_pdf'
  | 'too_large'
  | 'encrypted'
  | 'unreadable'
  | 'no_pages'
  | 'too_many_pages'
  | 'page_too_large'
  | 'too_complex';

/** An uploaded file we will not accept as a document; `message` is safe to show to the uploader. */
export class PdfRejectedError extends Error {
  override readonly name = 'PdfRejectedError';

  constructor(
    readonly code: PdfRejectionCode,
    message: string,
  ) {
    super(message);
  }
}
