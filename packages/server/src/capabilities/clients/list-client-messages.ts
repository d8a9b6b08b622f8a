import { and, desc, eq, inArray } from 'drizzle-orm';
import type { PortalMessageList } from '@signport/core';
import type { Database } from '../../platform/db/open-database.js';
import { clientMessages } from '../../platform/db/schema/index.js';
import { afterCursor, toPage } from '../../platform/http/page-cursor.js';
import { toPortalMessage } from './to-portal-message.js';

/** The messages of the given clients of one account, newest first. */
export async function listClientMessages(
  db: Database,
  {
    accountId,
    clientIds,
    cursor,
    limit,
  }: { accountId: string; clientIds: string[]; cursor?: string | undefined; limit: number },
): Promise<PortalMessageList> {
  if (clientIds.length === 0) return { items: [], nextCursor: null };
  const rows = await db
    .select()
    .from(clientMessages)
    .where(
      and(
        eq(clientMessages.accountId, accountId),
        inArray(clientMessages.clientId, clientIds),
        afterCursor(cursor, clientMessages.createdAt, clientMessages.id),
      ),
    )
    .orderBy(desc(clientMessages.createdAt), desc(clientMessages.id))
    .limit(limit + 1);
  return toPage(rows, limit, (row) => ({ at: row.createdAt, id: row.id }), toPortalMessage);
}
