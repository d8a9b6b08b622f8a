import type { Clock } from '../../../platform/clock.js';
import type { Database } from '../../../platform/db/open-database.js';
import type { EmbedPrincipal } from '../../embed-tokens/embed-token-claims.js';
import { newId } from '../../../platform/ids.js';
import { loadUserRefs } from '../../users/load-user-refs.js';
import { resolveSenderFor } from '../resolve-sender-for.js';
import type { OwnedResource, OwnedTable } from './owned-resource.js';

/**
 * Creates a resource owned by the sender (the caller, or the principal named by `senderId` when a
 * delegation grants the resource's scope) and created by the caller. A refused sender writes nothing.
 */
export async function createOnBehalf<T extends OwnedTable, Response>(
  { db, clock }: { db: Database; clock: Clock },
  resource: OwnedResource<T, Response>,
  {
    caller,
    senderId,
    input,
  }: { caller: EmbedPrincipal; senderId: string | undefined; input: object },
): Promise<Response> {
  const { accountId, userId } = caller;
  const sender = await resolveSenderFor({
    db,
    accountId,
    callerId: userId,
    senderId,
    scope: resource.scope,
  });
  const now = clock();
  const values = {
    ...input,
    id: newId(resource.idPrefix),
    accountId,
    ownerId: sender.senderId,
    createdById: sender.initiatorId,
    createdAt: now,
    updatedAt: now,
  } as T['$inferInsert'];
  const [row] = await db
    .insert(resource.table as OwnedTable)
    .values(values)
    .returning();
  if (!row) throw new Error(`Inserting a ${resource.noun} returned no row.`);
  const people = await loadUserRefs(db, accountId, [row.ownerId, row.createdById]);
  return resource.toResponse(row as T['$inferSelect'], people);
}
