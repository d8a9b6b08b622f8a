import type { Context } from 'hono';
import type { BlobInfo } from '../platform/blobs/blob-store.js';
import { attachmentDisposition } from '../platform/blobs/content-disposition.js';

/** OpenAPI entry of a file download. */
export const downloadResponse = {
  description: 'The file, as an attachment, in the type it was stored with',
  content: { '*/*': { schema: { type: 'string', format: 'binary' } } },
} as const;

/** A file to send: its bytes, or a stream of them from the blob store. */
export type DownloadFile = Pick<BlobInfo, 'contentType' | 'size'> &
  ({ bytes: Uint8Array } | { body: ReadableStream<Uint8Array> });

/**
 * Sends a file as a download. Always an attachment, never sniffed and never cached by shared
 * caches, so an uploaded HTML or SVG file cannot run as a page of the API's origin.
 */
export function sendDownload(c: Context, name: string, file: DownloadFile): Response {
  return c.body('body' in file ? file.body : Buffer.from(file.bytes), 200, {
    'Content-Type': file.contentType,
    'Content-Length': String(file.size),
    'Content-Disposition': attachmentDisposition(name),
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
  });
}
