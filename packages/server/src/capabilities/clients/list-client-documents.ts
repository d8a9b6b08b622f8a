import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../platform/db/open-database.js';
import { clientDocuments } from '../../platform/db/schema/index.js';
import { afterCursor, toPage } from '../../platform/http/page-cursor.js';
import type { ClientDocumentRow } from './to-client-document.js';

/** Documents of the given clients, newest first; `accessibleOnly` for what the portal may show. */
export async function listClientDocuments<Item>(
  db: Database,
  {
    accountId,
    clientIds,
    accessibleOnly,
    cursor,
    limit,
  }: {
    accountId: string;
    clientIds: string[];
    accessibleOnly: boolean;
    cursor?: string | undefined;
    limit: number;
  },
  toItem: (row: ClientDocumentRow) => Item,
): Promise<{ items: Item[]; nextCursor: string | null }> {
  if (clientIds.length === 0) return { items: [], nextCursor: null };
  const rows = await db
    .select()
    .from(clientDocuments)
    .where(
      and(
        eq(clientDocuments.accountId, accountId),
        inArray(clientDocuments.clientId, clientIds),
        accessibleOnly ? eq(clientDocuments.accessible, true) : undefined,
        afterCursor(cursor, clientDocuments.createdAt, clientDocuments.id),
      ),
    )
    .orderBy(desc(clientDocuments.createdAt), desc(clientDocuments.id))
    .limit(limit + 1);
  return toPage(rows, limit, (row) => ({ at: row.createdAt, id: row.id }), toItem);
}
