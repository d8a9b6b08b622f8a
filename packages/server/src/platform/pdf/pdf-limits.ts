/** What an uploaded PDF may ask of the server; past any of them it is refused. See docs/configuration.md. */
export interface PdfLimits {
  /** Most pages. */
  maxPages: number;
  /** Longest side of a page, in points (14,400 is the largest the PDF specification allows). */
  maxPageSizePt: number;
  /** Most drawing operators on one page, counting those of the forms it draws each time it draws them. */
  maxOperatorsPerPage: number;
  /** Most bytes the drawing instructions of one page may take once decompressed. */
  maxContentBytes: number;
  /** Most pixels of one image. */
  maxImagePixels: number;
}

export const DEFAULT_PDF_LIMITS: PdfLimits = {
  maxPages: 1000,
  maxPageSizePt: 14_400,
  maxOperatorsPerPage: 100_000,
  maxContentBytes: 16 * 1024 * 1024,
  maxImagePixels: 50_000_000,
};
