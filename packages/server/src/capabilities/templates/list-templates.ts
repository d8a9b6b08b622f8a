import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { templates } from '../../platform/db/schema/index.js';
import { afterCursor, encodeCursor } from '../../platform/http/page-cursor.js';
import type { TemplateRow, TemplateViewer } from './find-template.js';

/** The templates of the viewer's owners, newest first, one page at a time. */
export async function listTemplates(
  db: DbExecutor,
  viewer: TemplateViewer,
  { cursor, limit }: { cursor?: string | undefined; limit: number },
): Promise<{ rows: TemplateRow[]; nextCursor: string | null }> {
  const rows = await db
    .select()
    .from(templates)
    .where(
      and(
        eq(templates.accountId, viewer.accountId),
        isNull(templates.deletedAt),
        inArray(templates.ownerId, [...viewer.ownerIds]),
        afterCursor(cursor, templates.createdAt, templates.id),
      ),
    )
    .orderBy(desc(templates.createdAt), desc(templates.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    rows: page,
    nextCursor:
      rows.length > limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
  };
}
