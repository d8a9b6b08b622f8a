import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Database } from '../../platform/db/open-database.js';
import { clientMessages } from '../../platform/db/schema/index.js';

/** Marks every unread message from one side (`from`) to the given clients as read now. */
export async function markClientMessagesRead(
  db: Database,
  {
    accountId,
    clientIds,
    from,
    now,
  }: { accountId: string; clientIds: string[]; from: 'client' | 'agent'; now: Date },
): Promise<number> {
  if (clientIds.length === 0) return 0;
  const marked = await db
    .update(clientMessages)
    .set({ readAt: now })
    .where(
      and(
        eq(clientMessages.accountId, accountId),
        inArray(clientMessages.clientId, clientIds),
        eq(clientMessages.from, from),
        isNull(clientMessages.readAt),
      ),
    )
    .returning({ id: clientMessages.id });
  return marked.length;
}
