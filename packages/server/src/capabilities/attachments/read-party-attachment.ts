import type { BlobStoreFor } from '../../platform/blobs/blob-store.js';
import type { Database } from '../../platform/db/open-database.js';
import type { PartyPrincipal } from '../party/party-principal.js';
import { loadPartySession } from '../party/load-party-session.js';
import { readAttachmentFile, type AttachmentFile } from './read-attachment-file.js';

/** The file attached to one of the party's role's fields (attachments are private to their role). */
export async function readPartyAttachment(
  deps: { db: Database; blobStoreFor: BlobStoreFor },
  principal: PartyPrincipal,
  fieldId: string,
): Promise<AttachmentFile> {
  const loaded = await loadPartySession(deps.db, principal);
  const roleFieldIds = new Set(
    loaded.session.template.fields
      .filter((field) => field.role === loaded.party.role)
      .map((field) => field.id),
  );
  return readAttachmentFile(
    deps,
    loaded,
    (attachment) => attachment.fieldId === fieldId && roleFieldIds.has(fieldId),
  );
}
