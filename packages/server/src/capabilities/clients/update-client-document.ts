import { and, eq } from 'drizzle-orm';
import type { ClientDocument, UpdateClientDocumentRequest } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { clientDocuments } from '../../platform/db/schema/index.js';
import { findClientDocument } from './find-client-document.js';
import { noteDocumentShared } from './note-document-shared.js';
import { toClientDocument } from './to-client-document.js';

/** Renames a document or ticks it accessible (or not) in the client's portal. */
export async function updateClientDocument(
  deps: { db: Database; clock: Clock },
  { accountId, clientId, documentId }: { accountId: string; clientId: string; documentId: string },
  input: UpdateClientDocumentRequest,
): Promise<ClientDocument> {
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const current = await findClientDocument(tx, {
      accountId,
      clientIds: [clientId],
      documentId,
      accessibleOnly: false,
    });
    const [row] = await tx
      .update(clientDocuments)
      .set({
        name: input.name ?? current.name,
        accessible: input.accessible ?? current.accessible,
        updatedAt: now,
      })
      .where(and(eq(clientDocuments.id, current.id), eq(clientDocuments.accountId, accountId)))
      .returning();
    if (!row) throw new Error('The document update returned no row.');
    if (row.accessible && !current.accessible) {
      await noteDocumentShared({ db: tx, clock: deps.clock }, row);
    }
    return toClientDocument(row);
  });
}
