/** Largest PDF a template may be made from. */
export const TEMPLATE_PDF_MAX_BYTES = 15 * 1024 * 1024;
/** Page images are rendered this many pixels wide: sharp on a phone, light on the wire. */
export const PAGE_IMAGE_WIDTH = 1224;
/** Longest side of a page image: a very long page is drawn narrower instead of as a giant bitmap. */
export const PAGE_IMAGE_MAX_PIXELS = 4 * PAGE_IMAGE_WIDTH;
