import { and, eq } from 'drizzle-orm';
import type { ClientDocument } from '@signport/core';
import type { BlobInfo } from '../../platform/blobs/blob-store.js';
import type { Clock } from '../../platform/clock.js';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { clientDocuments, clients } from '../../platform/db/schema/index.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { newId } from '../../platform/ids.js';
import { noteDocumentShared } from './note-document-shared.js';
import { toClientDocument } from './to-client-document.js';

export interface ShareDocumentInput {
  accountId: string;
  clientId: string;
  /** What the client sees, e.g. `Listing agreement (signed).pdf`. */
  name: string;
  /** A blob already in the account's blob store. */
  blob: Pick<BlobInfo, 'id' | 'contentType' | 'size'>;
  /** `signing` for a completed signing, `file` for an upload. */
  kind: ClientDocumentRow['kind'];
  /** The signing session a `signing` document came from. */
  sourceId?: string | undefined;
  /** Shown in the portal (default true). */
  accessible?: boolean;
}

type ClientDocumentRow = typeof clientDocuments.$inferSelect;

/**
 * Puts a document in a client's filing cabinet, by default accessible in their portal, and notes it
 * in the activity feed. The signing feature calls it with the sealed PDF of a completed session.
 *
 * @example
 * const blob = await blobStore.putBlob(accountId, { bytes: sealedPdf, contentType: 'application/pdf' });
 * await shareDocumentWithClient({ db, clock }, { accountId, clientId, name: 'Listing agreement.pdf',
 *   blob, kind: 'signing', sourceId: session.id });
 */
export async function shareDocumentWithClient(
  deps: { db: DbExecutor; clock: Clock },
  input: ShareDocumentInput,
): Promise<ClientDocument> {
  const now = deps.clock();
  const [client] = await deps.db
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.id, input.clientId), eq(clients.accountId, input.accountId)));
  if (!client) throw new ApiError('not_found', 'No client with this id.', { field: 'clientId' });
  const accessible = input.accessible ?? true;
  const [row] = await deps.db
    .insert(clientDocuments)
    .values({
      id: newId('doc'),
      accountId: input.accountId,
      clientId: input.clientId,
      name: input.name,
      contentType: input.blob.contentType,
      size: input.blob.size,
      kind: input.kind,
      sourceId: input.sourceId ?? null,
      accessible,
      blobId: input.blob.id,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!row) throw new Error('The document insert returned no row.');
  if (accessible) await noteDocumentShared(deps, row);
  return toClientDocument(row);
}
