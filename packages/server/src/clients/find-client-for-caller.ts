import { and, eq, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '../db/open-database.js';
import { clients } from '../db/schema/index.js';
import { ApiError } from '../errors/api-error.js';
import type { Caller } from '../middleware/user-or-secret-key-auth.js';

export type ClientRow = typeof clients.$inferSelect;

/**
 * The clients a caller may see: the whole account for its secret key, only their own clients
 * (assigned agent) for an agent's embed token.
 */
export function clientsVisibleTo(caller: Caller): SQL {
  const inAccount = eq(clients.accountId, caller.accountId);
  return caller.userId
    ? (and(inAccount, eq(clients.assignedAgentId, caller.userId)) ?? inAccount)
    : inAccount;
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
    .where(and(eq(clients.id, clientId), clientsVisibleTo(caller)));
  if (!row) throw new ApiError(404, 'not_found', 'No client with this id.', 'id');
  return row;
}
