import { and, eq } from 'drizzle-orm';
import type { Clock } from '../../../platform/clock.js';
import type { Database } from '../../../platform/db/open-database.js';
import type { EmbedPrincipal } from '../../embed-tokens/embed-token-claims.js';
import { loadUserRefs } from '../../users/load-user-refs.js';
import { findOnBehalf } from './find-on-behalf.js';
import type { OwnedResource, OwnedTable } from './owned-resource.js';

/** Changes the fields sent of a resource the caller may manage; owner and creator stay as they were. */
export async function updateOnBehalf<T extends OwnedTable, Response>(
  { db, clock }: { db: Database; clock: Clock },
  resource: OwnedResource<T, Response>,
  { caller, id, patch }: { caller: EmbedPrincipal; id: string; patch: object },
): Promise<Response> {
  const table = resource.table as OwnedTable;
  const row = await db.transaction(async (tx) => {
    await findOnBehalf(tx, resource, { caller, id });
    const [updated] = await tx
      .update(table)
      .set({ ...patch, updatedAt: clock() })
      .where(and(eq(table.id, id), eq(table.accountId, caller.accountId)))
      .returning();
    return updated;
  });
  if (!row) throw new Error(`Updating ${resource.noun} ${id} returned no row.`);
  const people = await loadUserRefs(db, caller.accountId, [row.ownerId, row.createdById]);
  return resource.toResponse(row as T['$inferSelect'], people);
}
