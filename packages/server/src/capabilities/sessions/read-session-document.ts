import type { StoredBlob } from '../../platform/blobs/blob-store.js';
import { databaseBlobStore } from '../../platform/blobs/database-blob-store.js';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { ApiError } from '../../platform/errors/api-error.js';
import type { SessionRow } from './load-session.js';

/** The sealed PDF of a completed session, else the original it was started from. */
export async function readSessionDocument(
  deps: { db: Database; clock: Clock },
  session: SessionRow,
): Promise<{ pdf: StoredBlob; sealed: boolean }> {
  const sealed = session.status === 'completed' && session.finalBlobId !== null;
  const blobId = sealed ? session.finalBlobId : session.template.pdfBlobId;
  const pdf = blobId ? await databaseBlobStore(deps).getBlob(session.accountId, blobId) : undefined;
  if (!pdf) throw new ApiError('not_found', 'The document is not available.');
  return { pdf, sealed };
}
