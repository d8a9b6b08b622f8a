import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../platform/db/open-database.js';
import type { EmbedPrincipal } from '../../embed-tokens/embed-token-claims.js';
import { findOnBehalf } from './find-on-behalf.js';
import type { OwnedResource, OwnedTable } from './owned-resource.js';

/** Deletes a resource the caller may manage (their own, or a principal's within the scope). */
export async function deleteOnBehalf<T extends OwnedTable>(
  db: Database,
  resource: OwnedResource<T, unknown>,
  { caller, id }: { caller: EmbedPrincipal; id: string },
): Promise<void> {
  const table = resource.table as OwnedTable;
  await db.transaction(async (tx) => {
    await findOnBehalf(tx, resource, { caller, id });
    await tx.delete(table).where(and(eq(table.id, id), eq(table.accountId, caller.accountId)));
  });
}
