import { and, eq } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { users } from '../../platform/db/schema/index.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { sendersInScope } from '../delegations/senders-in-scope.js';
import type { Caller } from '../accounts/caller.js';

/**
 * Who a client is assigned to. An agent (embed token) assigns to themselves, or to a principal whose
 * delegation gives them the `contacts` scope; the host (secret key) may name any user of the
 * account, or nobody.
 */
export async function resolveAssignedAgent(
  db: DbExecutor,
  caller: Caller,
  requested: string | undefined,
): Promise<string | null> {
  if (caller.userId) {
    if (requested === undefined || requested === caller.userId) return caller.userId;
    const agents = await sendersInScope({
      db,
      accountId: caller.accountId,
      callerId: caller.userId,
      scope: 'contacts',
    });
    if (!agents.includes(requested)) {
      throw new ApiError(
        'forbidden',
        'An agent can assign clients only to themselves or to an agent they manage contacts for; reassign from your backend with the secret key.',
        { field: 'assignedAgentId' },
      );
    }
    return requested;
  }
  if (requested === undefined) return null;
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, requested), eq(users.accountId, caller.accountId)));
  if (!user)
    throw new ApiError('validation_failed', 'No user with this id in the account.', {
      field: 'assignedAgentId',
    });
  return user.id;
}
