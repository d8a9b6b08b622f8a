import type { BlobStore } from '../../platform/blobs/blob-store.js';
import type { StoredPage } from '../../platform/db/schema/index.js';
import type { RenderedPage } from '../../platform/pdf/render-pages.js';

/**
 * Stores the images of rendered pages (`rendered[0]` is page `firstPage`) and returns the template's
 * pages with those images and texts filled in.
 */
export async function storePageImages(
  store: BlobStore,
  accountId: string,
  pages: StoredPage[],
  rendered: RenderedPage[],
  firstPage: number,
): Promise<StoredPage[]> {
  const updated = [...pages];
  for (const [offset, image] of rendered.entries()) {
    const index = firstPage - 1 + offset;
    const page = updated[index];
    if (!page) continue;
    const blob = await store.putBlob(accountId, { bytes: image.webp, contentType: 'image/webp' });
    updated[index] = { ...page, imageBlobId: blob.id, imageSha256: blob.sha256, text: image.text };
  }
  return updated;
}
