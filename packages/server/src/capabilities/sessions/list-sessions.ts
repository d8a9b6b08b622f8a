import { and, asc, desc, eq, exists, getTableColumns, inArray, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ListSessionsQuery, SigningOrder } from '@signport/core';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { sessionParties, signingSessions } from '../../platform/db/schema/index.js';
import { resolveSenderFor } from '../delegations/resolve-sender-for.js';
import { sendersInScope } from '../delegations/senders-in-scope.js';
import type { EmbedPrincipal } from '../embed-tokens/embed-token-claims.js';
import type { PartyRow } from './load-session.js';
import type { SessionSummaryRow } from './session-response-of.js';
import { decodeCursor, encodeCursor } from '../../platform/http/page-cursor.js';

type Query = z.output<typeof ListSessionsQuery>;

// A page never reads the template snapshots (about 15 KB each) into JavaScript: parsing 26 of them
// per page made the dashboard's slow requests (garbage collection); the list needs only the order.
const { template, ...summaryColumns } = getTableColumns(signingSessions);
const summary = {
  ...summaryColumns,
  template: { signingOrder: sql<SigningOrder>`json_extract(${template}, '$.signingOrder')` },
};

/**
 * Sessions newest first, filtered by status, sender and a search over the template name and the
 * parties' names and emails. `as: 'self'` keeps those the caller sent or initiated; `as: 'all'` every
 * session of every sender the caller may act for (`send` scope), the dashboard of an assistant. Either
 * way only senders the caller may act for right now: a revoked delegation hides its sessions at once.
 * A `senderId` the caller may not act for is a 403.
 */
export async function listSessions(
  db: DbExecutor,
  principal: EmbedPrincipal,
  query: Query,
): Promise<{
  items: Array<{ session: SessionSummaryRow; parties: PartyRow[] }>;
  nextCursor: string | null;
}> {
  const { accountId, userId } = principal;
  const senders = query.senderId
    ? [
        (
          await resolveSenderFor({
            db,
            accountId,
            callerId: userId,
            senderId: query.senderId,
            scope: 'send',
          })
        ).senderId,
      ]
    : await sendersInScope({ db, accountId, callerId: userId, scope: 'send' });
  const after = query.cursor ? decodeCursor(query.cursor) : undefined;
  const pattern = query.search
    ? `%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    : undefined;
  const rows = await db
    .select(summary)
    .from(signingSessions)
    .where(
      and(
        eq(signingSessions.accountId, accountId),
        inArray(signingSessions.senderId, senders),
        query.as === 'self'
          ? or(eq(signingSessions.senderId, userId), eq(signingSessions.initiatorId, userId))
          : undefined,
        query.status ? eq(signingSessions.status, query.status) : undefined,
        pattern
          ? or(
              sql`${signingSessions.templateName} like ${pattern} escape '\\'`,
              exists(
                db
                  .select({ one: sql`1` })
                  .from(sessionParties)
                  .where(
                    and(
                      eq(sessionParties.sessionId, signingSessions.id),
                      or(
                        sql`${sessionParties.name} like ${pattern} escape '\\'`,
                        sql`${sessionParties.email} like ${pattern} escape '\\'`,
                      ),
                    ),
                  ),
              ),
            )
          : undefined,
        // A row value, so that SQLite seeks the (account, created, id) index to the cursor.
        after
          ? sql`(${signingSessions.createdAt}, ${signingSessions.id}) < (${after.at.getTime()}, ${after.id})`
          : undefined,
      ),
    )
    .orderBy(desc(signingSessions.createdAt), desc(signingSessions.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const parties = page.length
    ? await db
        .select()
        .from(sessionParties)
        .where(
          and(
            eq(sessionParties.accountId, accountId),
            inArray(
              sessionParties.sessionId,
              page.map((row) => row.id),
            ),
          ),
        )
        .orderBy(asc(sessionParties.position))
    : [];
  const last = page.at(-1);
  return {
    items: page.map((session) => ({
      session,
      parties: parties.filter((party) => party.sessionId === session.id),
    })),
    nextCursor:
      rows.length > query.limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
  };
}
