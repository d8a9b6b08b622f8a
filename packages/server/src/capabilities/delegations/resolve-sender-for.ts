import { resolveSender, type DelegationScope, type ResolvedSender } from '@signport/core';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { loadActiveDelegations } from './load-active-delegations.js';

export interface ResolveSenderForInput {
  db: DbExecutor;
  accountId: string;
  /** The logged-in user (the initiator). */
  callerId: string;
  /** The user to act for; undefined or the caller means the caller themselves. */
  senderId: string | undefined;
  scope: DelegationScope;
}

/**
 * Who the caller acts as for work in `scope`: themselves, or a principal whose active delegation
 * grants that scope. Anything else is a 403 `forbidden` on `senderId`, the same whether or not the
 * user exists, so nothing is written by the caller.
 *
 * @example
 * const { senderId, initiatorId } = await resolveSenderFor({ db, accountId, callerId, senderId: body.senderId, scope: 'send' });
 */
export async function resolveSenderFor({
  db,
  accountId,
  callerId,
  senderId,
  scope,
}: ResolveSenderForInput): Promise<ResolvedSender> {
  const delegations =
    senderId === undefined || senderId === callerId
      ? []
      : await loadActiveDelegations(db, { accountId, assistantId: callerId });
  const result = resolveSender(callerId, senderId, scope, delegations);
  if (!result.ok) {
    throw new ApiError(result.error.code, result.error.message, { field: result.error.field });
  }
  return result.value;
}
