import { and, eq, inArray } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { clientDocuments } from '../../platform/db/schema/index.js';
import { ApiError } from '../../platform/errors/api-error.js';
import type { ClientDocumentRow } from './to-client-document.js';

/** A document of one of the given clients (and accessible, when asked); otherwise 404. */
export async function findClientDocument(
  db: DbExecutor,
  {
    accountId,
    clientIds,
    documentId,
    accessibleOnly,
  }: { accountId: string; clientIds: string[]; documentId: string; accessibleOnly: boolean },
): Promise<ClientDocumentRow> {
  const [row] =
    clientIds.length === 0
      ? []
      : await db
          .select()
          .from(clientDocuments)
          .where(
            and(
              eq(clientDocuments.id, documentId),
              eq(clientDocuments.accountId, accountId),
              inArray(clientDocuments.clientId, clientIds),
              accessibleOnly ? eq(clientDocuments.accessible, true) : undefined,
            ),
          );
  if (!row) throw new ApiError('not_found', 'No document with this id.', { field: 'documentId' });
  return row;
}
