import { sendersFor, type DelegationScope, type SenderChoice } from '@signport/core';
import type { Database } from '../../platform/db/open-database.js';
import type { EmbedPrincipal } from '../embed-tokens/embed-token-claims.js';
import { loadActiveDelegations } from './load-active-delegations.js';
import { loadUserRefs } from '../users/load-user-refs.js';

/**
 * What `<sender-picker>` offers: the caller first, then every principal they act for with the scopes
 * granted; with `scope`, only the principals holding it.
 */
export async function listMySenders(
  db: Database,
  { accountId, userId }: EmbedPrincipal,
  scope: DelegationScope | undefined,
): Promise<SenderChoice[]> {
  const delegations = await loadActiveDelegations(db, { accountId, assistantId: userId });
  const people = await loadUserRefs(db, accountId, [
    userId,
    ...delegations.map((d) => d.principalId),
  ]);
  return sendersFor(userId, [...people.values()], delegations).filter(
    (choice) => choice.self || scope === undefined || choice.scopes.includes(scope),
  );
}
