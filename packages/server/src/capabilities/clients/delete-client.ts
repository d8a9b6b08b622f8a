import { and, eq } from 'drizzle-orm';
import type { BlobStore } from '../../platform/blobs/blob-store.js';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { clientDocuments, clients } from '../../platform/db/schema/index.js';
import type { Caller } from '../accounts/caller.js';
import { revokePortalSessions } from '../portal/revoke-portal-sessions.js';
import { findClientForCaller } from './find-client-for-caller.js';

/** Deletes a client with its timeline, messages, documents and portal access; its portal sessions end. */
export async function deleteClient(
  deps: { db: Database; clock: Clock; blobStore: BlobStore },
  caller: Caller,
  clientId: string,
): Promise<void> {
  const uploads = await deps.db.transaction(async (tx) => {
    const row = await findClientForCaller(tx, caller, clientId);
    const files = await tx
      .select({ blobId: clientDocuments.blobId })
      .from(clientDocuments)
      .where(
        and(
          eq(clientDocuments.accountId, caller.accountId),
          eq(clientDocuments.clientId, row.id),
          eq(clientDocuments.kind, 'file'),
        ),
      );
    await revokePortalSessions(tx, caller.accountId, { clientId: row.id }, deps.clock());
    await tx
      .delete(clients)
      .where(and(eq(clients.id, row.id), eq(clients.accountId, caller.accountId)));
    return files;
  });
  // Uploaded bytes go after the rows: a failure here leaves an unreferenced blob, never a dangling row.
  for (const { blobId } of uploads) await deps.blobStore.deleteBlob(caller.accountId, blobId);
}
