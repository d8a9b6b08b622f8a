import { scopesFor, type DelegationScope } from '@signport/core';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { loadActiveDelegations } from './load-active-delegations.js';

/** The ids of every sender the caller may act for in `scope`: the caller, then their principals. */
export async function sendersInScope({
  db,
  accountId,
  callerId,
  scope,
}: {
  db: DbExecutor;
  accountId: string;
  callerId: string;
  scope: DelegationScope;
}): Promise<string[]> {
  const delegations = await loadActiveDelegations(db, { accountId, assistantId: callerId });
  const principals = new Set(delegations.map((d) => d.principalId));
  return [
    callerId,
    ...[...principals].filter((id) => scopesFor(callerId, id, delegations).includes(scope)),
  ];
}
