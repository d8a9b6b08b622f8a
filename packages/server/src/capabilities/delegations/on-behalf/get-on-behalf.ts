import type { Database } from '../../../platform/db/open-database.js';
import type { EmbedPrincipal } from '../../embed-tokens/embed-token-claims.js';
import { loadUserRefs } from '../../users/load-user-refs.js';
import { findOnBehalf } from './find-on-behalf.js';
import type { OwnedResource, OwnedTable } from './owned-resource.js';

/** One resource the caller may manage, as the API shows it. */
export async function getOnBehalf<T extends OwnedTable, Response>(
  db: Database,
  resource: OwnedResource<T, Response>,
  { caller, id }: { caller: EmbedPrincipal; id: string },
): Promise<Response> {
  const row = await findOnBehalf(db, resource, { caller, id });
  const people = await loadUserRefs(db, caller.accountId, [row.ownerId, row.createdById]);
  return resource.toResponse(row, people);
}
