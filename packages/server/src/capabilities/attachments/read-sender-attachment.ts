import type { BlobStoreFor } from '../../platform/blobs/blob-store.js';
import type { Database } from '../../platform/db/open-database.js';
import type { EmbedPrincipal } from '../embed-tokens/embed-token-claims.js';
import { findSenderSession } from '../sessions/find-sender-session.js';
import { readAttachmentFile, type AttachmentFile } from './read-attachment-file.js';

/** A file attached to a session the caller may act for; another account's session is a 404. */
export async function readSenderAttachment(
  deps: { db: Database; blobStoreFor: BlobStoreFor },
  principal: EmbedPrincipal,
  { sessionId, attachmentId }: { sessionId: string; attachmentId: string },
): Promise<AttachmentFile> {
  const loaded = await findSenderSession(deps.db, principal, sessionId);
  return readAttachmentFile(deps, loaded, (attachment) => attachment.id === attachmentId);
}
