import { delegationScopes, type CreateDelegationRequest, type Delegation } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { delegations } from '../../platform/db/schema/index.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { newId } from '../../platform/ids.js';
import type { Caller } from '../accounts/caller.js';
import { loadUserRefs } from '../users/load-user-refs.js';
import { toDelegationResponse } from './to-delegation-response.js';

/**
 * Lets an assistant act for a principal within scopes. A user grants only their own delegations;
 * the account's secret key grants any pair of its users. One active delegation per pair: change the
 * scopes by revoking it and granting again.
 */
export async function createDelegation(
  { db, clock }: { db: Database; clock: Clock },
  { caller, input }: { caller: Caller; input: CreateDelegationRequest },
): Promise<Delegation> {
  const principalId = principalOf(caller, input);
  if (principalId === input.assistantId) {
    throw new ApiError('validation_failed', 'A user cannot be their own assistant.', {
      field: 'assistantId',
    });
  }
  const people = await loadUserRefs(db, caller.accountId, [principalId, input.assistantId]);
  for (const [field, id] of [
    ['principalId', principalId],
    ['assistantId', input.assistantId],
  ] as const) {
    if (!people.has(id)) throw new ApiError('not_found', 'No user with this id.', { field });
  }

  // Kept in the canonical order so lists and comparisons read the same whatever order was sent.
  const scopes = delegationScopes.filter((scope) => input.scopes.includes(scope));
  const [row] = await db
    .insert(delegations)
    .values({
      id: newId('dlg'),
      accountId: caller.accountId,
      principalId,
      assistantId: input.assistantId,
      scopes,
      createdAt: clock(),
    })
    // The partial unique index on the active pair makes a duplicate grant (even a racing one) a no-op.
    .onConflictDoNothing()
    .returning();
  if (!row) {
    throw new ApiError(
      'conflict',
      'This assistant already has an active delegation from this principal. Revoke it to change its scopes.',
      { field: 'assistantId' },
    );
  }
  return toDelegationResponse(row, people);
}

function principalOf(caller: Caller, input: CreateDelegationRequest): string {
  if (caller.userId === undefined) {
    if (input.principalId === undefined) {
      throw new ApiError('validation_failed', 'principalId is required with the secret key.', {
        field: 'principalId',
      });
    }
    return input.principalId;
  }
  if (input.principalId !== undefined && input.principalId !== caller.userId) {
    throw new ApiError('forbidden', 'You can only grant delegations of your own.', {
      field: 'principalId',
    });
  }
  return caller.userId;
}
