import { and, desc } from 'drizzle-orm';
import type { PageQuery, PropertyList } from '@signport/core';
import type { Database } from '../../platform/db/open-database.js';
import { properties } from '../../platform/db/schema/index.js';
import type { Caller } from '../accounts/caller.js';
import { describeProperties } from './describe-properties.js';
import { propertiesVisibleTo } from './find-property.js';
import { afterCursor, toPage } from '../../platform/http/page-cursor.js';

/** The properties the caller may see, newest first. */
export async function listProperties(
  db: Database,
  caller: Caller,
  { cursor, limit }: { cursor?: PageQuery['cursor']; limit: number },
): Promise<PropertyList> {
  const rows = await db
    .select()
    .from(properties)
    .where(
      and(
        await propertiesVisibleTo(db, caller),
        afterCursor(cursor, properties.createdAt, properties.id),
      ),
    )
    .orderBy(desc(properties.createdAt), desc(properties.id))
    .limit(limit + 1);
  const page = toPage(
    rows,
    limit,
    (row) => ({ at: row.createdAt, id: row.id }),
    (row) => row,
  );
  return { items: await describeProperties(db, caller, page.items), nextCursor: page.nextCursor };
}
