import { and, desc, eq, inArray, isNull, lt, or } from 'drizzle-orm';
import type { DbExecutor } from '../db/open-database.js';
import { templates } from '../db/schema/index.js';
import { decodeCursor, encodeCursor } from '../sessions/page-cursor.js';
import type { TemplateRow, TemplateViewer } from './find-template.js';

/** The templates of the viewer's owners, newest first, one page at a time. */
export async function listTemplates(
  db: DbExecutor,
  viewer: TemplateViewer,
  { cursor, limit }: { cursor?: string | undefined; limit: number },
): Promise<{ rows: TemplateRow[]; nextCursor: string | null }> {
  const after = cursor ? decodeCursor(cursor) : undefined;
  const rows = await db
    .select()
    .from(templates)
    .where(
      and(
        eq(templates.accountId, viewer.accountId),
        isNull(templates.deletedAt),
        inArray(templates.ownerId, [...viewer.ownerIds]),
        after
          ? or(
              lt(templates.createdAt, new Date(after.createdAt)),
              and(eq(templates.createdAt, new Date(after.createdAt)), lt(templates.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(templates.createdAt), desc(templates.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    rows: page,
    nextCursor:
      rows.length > limit && last
        ? encodeCursor({ createdAt: last.createdAt.getTime(), id: last.id })
        : null,
  };
}
