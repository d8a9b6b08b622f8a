import type { BlobStore, OpenedBlob } from '../../platform/blobs/blob-store.js';
import type { Database } from '../../platform/db/open-database.js';
import { findClientDocument } from '../clients/find-client-document.js';
import type { ClientDocumentRow } from '../clients/to-client-document.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { clientsGranting } from './clients-granting.js';
import type { PortalViewerContext } from './portal-auth.js';

/** A shared document of the viewer's own clients with its bytes; anyone else's is a 404. */
export async function openPortalDocument(
  deps: { db: Database; blobStore: BlobStore },
  viewer: PortalViewerContext,
  documentId: string,
): Promise<{ document: ClientDocumentRow; blob: OpenedBlob }> {
  const clientIds = clientsGranting(viewer.clients, 'documents').map((client) => client.clientId);
  const document = await findClientDocument(deps.db, {
    accountId: viewer.accountId,
    clientIds,
    documentId,
    accessibleOnly: true,
  });
  const blob = await deps.blobStore.openBlob(viewer.accountId, document.blobId);
  if (!blob)
    throw new ApiError('not_found', 'The file of this document is gone.', { field: 'documentId' });
  return { document, blob };
}
