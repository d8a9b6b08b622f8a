import type { BlobStoreFor, StoredBlob } from '../../platform/blobs/blob-store.js';
import type { Database } from '../../platform/db/open-database.js';
import { ApiError } from '../../platform/errors/api-error.js';
import type { SessionRow } from './load-session.js';

/** Which blob is the session's document: the sealed PDF once completed, else the original. */
export function sessionDocumentBlob(session: SessionRow): { blobId: string; sealed: boolean } {
  const sealed = session.status === 'completed' && session.finalBlobId !== null;
  const blobId = (sealed ? session.finalBlobId : session.template.pdfBlobId) ?? '';
  return { blobId, sealed };
}

/** The sealed PDF of a completed session, else the original it was started from. */
export async function readSessionDocument(
  deps: { db: Database; blobStoreFor: BlobStoreFor },
  session: SessionRow,
): Promise<{ pdf: StoredBlob; sealed: boolean }> {
  const { blobId, sealed } = sessionDocumentBlob(session);
  const pdf = blobId
    ? await deps.blobStoreFor(deps.db).getBlob(session.accountId, blobId)
    : undefined;
  if (!pdf) throw new ApiError('not_found', 'The document is not available.');
  return { pdf, sealed };
}
