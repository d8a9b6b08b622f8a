import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { clients } from '../../platform/db/schema/index.js';
import { sendersInScope } from '../delegations/senders-in-scope.js';
import { ApiError } from '../../platform/errors/api-error.js';
import type { Caller } from '../accounts/caller.js';

export type ClientRow = typeof clients.$inferSelect;

/**
 * The clients a caller may see: the whole account for its secret key; for an agent's embed token,
 * the clients assigned to them or to a principal whose delegation gives them the `contacts` scope.
 */
export async function clientsVisibleTo(db: DbExecutor, caller: Caller): Promise<SQL> {
  const inAccount = eq(clients.accountId, caller.accountId);
  if (!caller.userId) return inAccount;
  const agents = await sendersInScope({
    db,
    accountId: caller.accountId,
    callerId: caller.userId,
    scope: 'contacts',
  });
  return and(inAccount, inArray(clients.assignedAgentId, agents)) ?? inAccount;
}

/** The client if the caller may see it; otherwise 404, so other accounts' ids reveal nothing. */
export async function findClientForCaller(
  db: DbExecutor,
  caller: Caller,
  clientId: string,
): Promise<ClientRow> {
  const [row] = await db
    .select()
    .from(clients)
    .where(and(eq(clients.id, clientId), await clientsVisibleTo(db, caller)));
  if (!row) throw new ApiError('not_found', 'No client with this id.', { field: 'id' });
  return row;
}
