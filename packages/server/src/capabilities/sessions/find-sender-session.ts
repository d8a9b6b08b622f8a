import { resolveSender } from '@signport/core';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { loadActiveDelegations } from '../delegations/load-active-delegations.js';
import type { EmbedPrincipal } from '../embed-tokens/embed-token-claims.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { loadSession, type LoadedSession } from './load-session.js';

/**
 * A session whose sender the caller may act for: themselves, or a principal whose active delegation
 * grants `send`. Any other id, of this account or another, is the same 404, so session ids reveal
 * nothing; a revoked delegation hides the principal's sessions at once, even those the caller
 * initiated.
 */
export async function findSenderSession(
  db: DbExecutor,
  principal: EmbedPrincipal,
  sessionId: string,
): Promise<LoadedSession> {
  const loaded = await loadSession(db, principal.accountId, sessionId);
  const senderId = loaded?.session.senderId;
  const delegations =
    senderId === undefined || senderId === principal.userId
      ? []
      : await loadActiveDelegations(db, {
          accountId: principal.accountId,
          assistantId: principal.userId,
        });
  if (!loaded || !resolveSender(principal.userId, senderId, 'send', delegations).ok) {
    throw new ApiError('not_found', 'No such session.', { field: 'id' });
  }
  return loaded;
}
