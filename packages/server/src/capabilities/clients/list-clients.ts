import { and, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { ClientList, ListClientsQuery } from '@signport/core';
import type { Database } from '../../platform/db/open-database.js';
import { clients } from '../../platform/db/schema/index.js';
import type { Caller } from '../accounts/caller.js';
import { describeClients } from './describe-clients.js';
import { clientsVisibleTo } from './find-client-for-caller.js';
import { afterCursor, toPage } from '../../platform/http/page-cursor.js';

/** The caller's clients, newest first, filtered by status, type and a name/email search. */
export async function listClients(
  db: Database,
  caller: Caller,
  query: z.output<typeof ListClientsQuery>,
): Promise<ClientList> {
  const conditions: (SQL | undefined)[] = [
    await clientsVisibleTo(db, caller),
    query.status ? eq(clients.status, query.status) : undefined,
    query.type ? eq(clients.type, query.type) : undefined,
    afterCursor(query.cursor, clients.createdAt, clients.id),
  ];
  if (query.search) {
    // LIKE is case-insensitive for ASCII in SQLite; the user's % and _ are matched literally.
    const pattern = `%${query.search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    conditions.push(
      or(
        sql`${clients.name} like ${pattern} escape '\\'`,
        sql`${clients.email} like ${pattern} escape '\\'`,
      ),
    );
  }
  const rows = await db
    .select()
    .from(clients)
    .where(and(...conditions))
    .orderBy(desc(clients.createdAt), desc(clients.id))
    .limit(query.limit + 1);
  const page = toPage(
    rows,
    query.limit,
    (row) => ({ at: row.createdAt, id: row.id }),
    (row) => row,
  );
  return {
    items: await describeClients(db, caller.accountId, page.items),
    nextCursor: page.nextCursor,
  };
}
