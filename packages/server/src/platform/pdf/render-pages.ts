import { createCanvas } from '@napi-rs/canvas';
import type { RenderParameters, TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { openPdfJsDocument } from './open-pdfjs-document.js';
import { PdfRejectedError } from './pdf-rejected-error.js';

interface RenderedRange {
  quality?: number;
  /** First and last page to render (1-based, inclusive); every page unless set. */
  firstPage?: number;
  lastPage?: number;
  /**
   * Longest side of an image in pixels; a longer page is drawn smaller, so a legitimate
   * 3 × 14,400 pt strip does not become a multi-gigapixel bitmap. Unbounded unless set.
   */
  maxPixels?: number;
}

export type RenderPagesOptions =
  /** Pixels per PDF point (1 = 72 dpi). */
  | ({ scale: number } & RenderedRange)
  /** Pixel width of every page image; heights follow each page's aspect ratio. */
  | ({ width: number } & RenderedRange);

export interface RenderedPage {
  webp: Uint8Array;
  width: number;
  height: number;
  /** The page's text in reading order, offered to screen readers instead of the image. */
  text: string;
}

const DEFAULT_QUALITY = 82;
const ENCODES_IN_FLIGHT = 4;

/**
 * Renders the pages of `bytes` (all, or `firstPage`…`lastPage`) to WebP images and extracts their
 * text. Meant to run once per template upload, in a PDF worker; the caller stores the result and
 * serves it with long cache lifetimes.
 *
 * @example
 * const pages = await renderPages(pdf, { width: 1224 });
 */
export async function renderPages(
  bytes: Uint8Array,
  options: RenderPagesOptions,
): Promise<RenderedPage[]> {
  const loadingTask = openPdfJsDocument(bytes);
  try {
    const doc = await loadingTask.promise;
    // WebP encoding costs more than drawing and runs off the main thread, so a few pages encode
    // while the next ones draw; the cap bounds how many full-size bitmaps are held at once.
    const rendered: Array<Promise<RenderedPage>> = [];
    const lastPage = Math.min(options.lastPage ?? doc.numPages, doc.numPages);
    for (let pageNumber = options.firstPage ?? 1; pageNumber <= lastPage; pageNumber++) {
      if (rendered.length >= ENCODES_IN_FLIGHT) await rendered[rendered.length - ENCODES_IN_FLIGHT];
      const page = await doc.getPage(pageNumber);
      const base = page.getViewport({ scale: 1 });
      const wanted = 'scale' in options ? options.scale : options.width / base.width;
      const longest = Math.max(base.width, base.height);
      const scale = Math.min(wanted, (options.maxPixels ?? Infinity) / longest);
      const viewport = page.getViewport({ scale });
      const canvas = createCanvas(
        Math.max(1, Math.round(viewport.width)),
        Math.max(1, Math.round(viewport.height)),
      );
      // @napi-rs/canvas implements the part of the DOM canvas pdf.js draws with.
      const target = canvas as unknown as RenderParameters['canvas'];
      await page.render({ canvas: target, viewport }).promise;
      const text = joinText((await page.getTextContent()).items);
      page.cleanup();
      const encoded = canvas.encode('webp', options.quality ?? DEFAULT_QUALITY).then((webp) => ({
        webp: new Uint8Array(webp.buffer, webp.byteOffset, webp.byteLength),
        width: canvas.width,
        height: canvas.height,
        text,
      }));
      // Observed by Promise.all below; this only keeps an early failure from counting as unhandled.
      encoded.catch(() => undefined);
      rendered.push(encoded);
    }
    return await Promise.all(rendered);
  } catch {
    throw new PdfRejectedError('unreadable', 'The PDF is damaged and cannot be read.');
  } finally {
    await loadingTask.destroy();
  }
}

/** Text tags (`{{signature:buyer}}`) are covered on the page, so they are not read out either. */
const TEXT_TAG = /\{\{[^{}]*\}\}/g;

function joinText(items: ReadonlyArray<TextItem | { type: string }>): string {
  let text = '';
  for (const item of items) {
    if (!('str' in item)) continue;
    text += item.str + (item.hasEOL ? '\n' : '');
  }
  return text
    .split('\n')
    .map((line) => line.replace(TEXT_TAG, ' ').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
