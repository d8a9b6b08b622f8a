import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../../platform/db/open-database.js';
import type { EmbedPrincipal } from '../../embed-tokens/embed-token-claims.js';
import { loadUserRefs } from '../../users/load-user-refs.js';
import { resolveSenderFor } from '../resolve-sender-for.js';
import { sendersInScope } from '../senders-in-scope.js';
import type { OwnedResource, OwnedTable } from './owned-resource.js';
import { afterCursor, encodeCursor } from '../../../platform/http/page-cursor.js';

export interface ListOnBehalfInput {
  caller: EmbedPrincipal;
  /** Only this sender's resources; refused (403) unless the caller may act for them in the scope. */
  senderId: string | undefined;
  cursor: string | undefined;
  limit: number;
}

/**
 * The resources of every sender the caller may act for in the resource's scope (their own included),
 * newest first, one page at a time.
 */
export async function listOnBehalf<T extends OwnedTable, Response>(
  db: Database,
  resource: OwnedResource<T, Response>,
  { caller, senderId, cursor, limit }: ListOnBehalfInput,
): Promise<{ items: Response[]; nextCursor: string | null }> {
  const { accountId, userId } = caller;
  const { scope } = resource;
  const table = resource.table as OwnedTable;
  const owners =
    senderId === undefined
      ? await sendersInScope({ db, accountId, callerId: userId, scope })
      : [(await resolveSenderFor({ db, accountId, callerId: userId, senderId, scope })).senderId];
  const rows = await db
    .select()
    .from(table)
    .where(
      and(
        eq(table.accountId, accountId),
        inArray(table.ownerId, owners),
        afterCursor(cursor, table.createdAt, table.id),
      ),
    )
    .orderBy(desc(table.createdAt), desc(table.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const people = await loadUserRefs(
    db,
    accountId,
    page.flatMap((row) => [row.ownerId, row.createdById]),
  );
  return {
    items: page.map((row) => resource.toResponse(row as T['$inferSelect'], people)),
    nextCursor:
      rows.length > limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
  };
}
