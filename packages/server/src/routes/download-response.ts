import type { Context } from 'hono';
import type { StoredBlob } from '../platform/blobs/blob-store.js';

/** OpenAPI entry of a file download. */
export const downloadResponse = {
  description: 'The file, as an attachment, in the type it was stored with',
  content: { '*/*': { schema: { type: 'string', format: 'binary' } } },
} as const;

/**
 * Sends stored bytes as a download. Always an attachment, never sniffed and never cached by shared
 * caches, so an uploaded HTML or SVG file cannot run as a page of the API's origin.
 */
export function sendDownload(
  c: Context,
  name: string,
  blob: Pick<StoredBlob, 'bytes' | 'contentType' | 'size'>,
): Response {
  const fallback = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return c.body(Buffer.from(blob.bytes), 200, {
    'Content-Type': blob.contentType,
    'Content-Length': String(blob.size),
    'Content-Disposition': `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
  });
}
