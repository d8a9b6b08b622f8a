import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../platform/db/open-database.js';
import { propertyFeedback } from '../../platform/db/schema/index.js';
import { afterCursor, toPage } from '../../platform/http/page-cursor.js';
import type { FeedbackRow } from './to-feedback-entry.js';

/** Feedback on the given properties of one account, latest showing first. */
export async function listPropertyFeedback<Item>(
  db: Database,
  {
    accountId,
    propertyIds,
    cursor,
    limit,
  }: { accountId: string; propertyIds: string[]; cursor?: string | undefined; limit: number },
  toItem: (row: FeedbackRow) => Item,
): Promise<{ items: Item[]; nextCursor: string | null }> {
  if (propertyIds.length === 0) return { items: [], nextCursor: null };
  const rows = await db
    .select()
    .from(propertyFeedback)
    .where(
      and(
        eq(propertyFeedback.accountId, accountId),
        inArray(propertyFeedback.propertyId, propertyIds),
        afterCursor(cursor, propertyFeedback.showingAt, propertyFeedback.id),
      ),
    )
    .orderBy(desc(propertyFeedback.showingAt), desc(propertyFeedback.id))
    .limit(limit + 1);
  return toPage(rows, limit, (row) => ({ at: row.showingAt, id: row.id }), toItem);
}
