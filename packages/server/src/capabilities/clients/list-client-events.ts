import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '../../platform/db/open-database.js';
import { clientEvents } from '../../platform/db/schema/index.js';
import { afterCursor, toPage } from '../../platform/http/page-cursor.js';
import type { ClientEventRow } from './record-client-event.js';

/** One category of a client's timeline, newest first, a page at a time. */
export async function listClientEvents<Item>(
  db: Database,
  {
    accountId,
    clientId,
    category,
    cursor,
    limit,
  }: {
    accountId: string;
    clientId: string;
    category: ClientEventRow['category'];
    cursor?: string | undefined;
    limit: number;
  },
  toItem: (row: ClientEventRow) => Item,
): Promise<{ items: Item[]; nextCursor: string | null }> {
  const rows = await db
    .select()
    .from(clientEvents)
    .where(
      and(
        eq(clientEvents.accountId, accountId),
        eq(clientEvents.clientId, clientId),
        eq(clientEvents.category, category),
        afterCursor(cursor, clientEvents.occurredAt, clientEvents.id),
      ),
    )
    .orderBy(desc(clientEvents.occurredAt), desc(clientEvents.id))
    .limit(limit + 1);
  return toPage(rows, limit, (row) => ({ at: row.occurredAt, id: row.id }), toItem);
}
