import { and, asc, count, eq, isNull } from 'drizzle-orm';
import type { UnreadClientMessages } from '@signport/core';
import type { Database } from '../../platform/db/open-database.js';
import { clientMessages, clients } from '../../platform/db/schema/index.js';
import type { Caller } from '../accounts/caller.js';
import { clientsVisibleTo } from './find-client-for-caller.js';

/** Unread messages from the caller's clients: the agent's unread count, in total and per client. */
export async function countUnreadClientMessages(
  db: Database,
  caller: Caller,
): Promise<UnreadClientMessages> {
  const rows = await db
    .select({ clientId: clients.id, name: clients.name, unread: count() })
    .from(clientMessages)
    .innerJoin(clients, eq(clients.id, clientMessages.clientId))
    .where(
      and(
        await clientsVisibleTo(db, caller),
        eq(clientMessages.accountId, caller.accountId),
        eq(clientMessages.from, 'client'),
        isNull(clientMessages.readAt),
      ),
    )
    .groupBy(clients.id, clients.name)
    .orderBy(asc(clients.name));
  return { total: rows.reduce((sum, row) => sum + row.unread, 0), clients: rows };
}
