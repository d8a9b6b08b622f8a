import { and, eq } from 'drizzle-orm';
import type { BlobStore } from '../../platform/blobs/blob-store.js';
import type { Database } from '../../platform/db/open-database.js';
import { clientDocuments } from '../../platform/db/schema/index.js';
import { findClientDocument } from './find-client-document.js';

/** Removes a document from the cabinet; an uploaded file's bytes go too (a signing keeps its own). */
export async function deleteClientDocument(
  deps: { db: Database; blobStore: BlobStore },
  { accountId, clientId, documentId }: { accountId: string; clientId: string; documentId: string },
): Promise<void> {
  const row = await findClientDocument(deps.db, {
    accountId,
    clientIds: [clientId],
    documentId,
    accessibleOnly: false,
  });
  await deps.db
    .delete(clientDocuments)
    .where(and(eq(clientDocuments.id, row.id), eq(clientDocuments.accountId, accountId)));
  if (row.kind === 'file') await deps.blobStore.deleteBlob(accountId, row.blobId);
}
