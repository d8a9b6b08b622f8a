import type { BlobStoreFor, OpenedBlob } from '../../platform/blobs/blob-store.js';
import type { Database } from '../../platform/db/open-database.js';
import { ApiError } from '../../platform/errors/api-error.js';
import type { LoadedSession } from '../sessions/load-session.js';
import { listSessionAttachments } from './list-session-attachments.js';
import type { AttachmentRow } from './to-attachment.js';

export interface AttachmentFile {
  attachment: AttachmentRow;
  blob: OpenedBlob;
}

/** The file (its bytes as a stream) of the session's current attachment that `matches`; any other is the same 404. */
export async function readAttachmentFile(
  deps: { db: Database; blobStoreFor: BlobStoreFor },
  { session, values }: Pick<LoadedSession, 'session' | 'values'>,
  matches: (attachment: AttachmentRow) => boolean,
): Promise<AttachmentFile> {
  const rows = await listSessionAttachments(deps.db, {
    accountId: session.accountId,
    sessionId: session.id,
    values,
  });
  const attachment = rows.find(matches);
  const blob =
    attachment && (await deps.blobStoreFor(deps.db).openBlob(session.accountId, attachment.blobId));
  if (!attachment || !blob) throw new ApiError('not_found', 'No such attachment.');
  return { attachment, blob };
}
