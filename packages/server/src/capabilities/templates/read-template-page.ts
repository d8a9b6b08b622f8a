import { eq } from 'drizzle-orm';
import type { BlobStoreFor } from '../../platform/blobs/blob-store.js';
import type { StoredBlob } from '../../platform/blobs/blob-store.js';
import type { Database } from '../../platform/db/open-database.js';
import { templates } from '../../platform/db/schema/index.js';
import { ApiError } from '../../platform/errors/api-error.js';

/**
 * The image of one page of a template, deleted or not (sessions started from it still show it).
 * `accountId` scopes the lookup when the caller is known; a signed URL stands for the template alone.
 */
export async function readTemplatePage(
  deps: { db: Database; blobStoreFor: BlobStoreFor },
  {
    templateId,
    pageNumber,
    accountId,
  }: { templateId: string; pageNumber: number; accountId?: string },
): Promise<StoredBlob> {
  const [row] = await deps.db
    .select({ accountId: templates.accountId, pages: templates.pages })
    .from(templates)
    .where(eq(templates.id, templateId));
  const page = row?.pages.find((candidate) => candidate.number === pageNumber);
  const image =
    row && page && (accountId === undefined || accountId === row.accountId)
      ? await deps.blobStoreFor(deps.db).getBlob(row.accountId, page.imageBlobId)
      : undefined;
  if (!image) throw new ApiError('not_found', 'No such page.');
  return image;
}
