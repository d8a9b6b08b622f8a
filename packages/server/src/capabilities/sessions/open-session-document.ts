import type { BlobStoreFor, OpenedBlob } from '../../platform/blobs/blob-store.js';
import type { Database } from '../../platform/db/open-database.js';
import { ApiError } from '../../platform/errors/api-error.js';
import type { SessionRow } from './load-session.js';
import { sessionDocumentBlob } from './read-session-document.js';

export type SessionDocumentDownload = {
  name: string;
  /** The SHA-256 of the sealed PDF, once completed. */
  sealedSha256: string | undefined;
} & ({ redirectTo: string } | { pdf: OpenedBlob });

/**
 * The session's document for download: a short-lived URL of the blob store when `mayRedirect` and
 * the store has one (S3), else the bytes as a stream.
 */
export async function openSessionDocument(
  deps: { db: Database; blobStoreFor: BlobStoreFor },
  session: SessionRow,
  { mayRedirect }: { mayRedirect: boolean },
): Promise<SessionDocumentDownload> {
  const { blobId, sealed } = sessionDocumentBlob(session);
  const download = {
    name: `${session.templateName.replace(/[^\w .-]+/g, '').trim() || 'document'}${sealed ? '' : ' (unsigned)'}.pdf`,
    sealedSha256: (sealed && session.finalSha256) || undefined,
  };
  const store = deps.blobStoreFor(deps.db);
  const redirectTo =
    blobId && mayRedirect
      ? await store.downloadUrl(session.accountId, blobId, { filename: download.name })
      : undefined;
  if (redirectTo) return { ...download, redirectTo };
  const pdf = blobId ? await store.openBlob(session.accountId, blobId) : undefined;
  if (!pdf) throw new ApiError('not_found', 'The document is not available.');
  return { ...download, pdf };
}
