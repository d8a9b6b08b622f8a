import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { templates } from '../../platform/db/schema/index.js';
import { ApiError } from '../../platform/errors/api-error.js';

export type TemplateRow = typeof templates.$inferSelect;

/** Who asks: the caller's account and the owners whose templates they may reach (see `templateOwners`). */
export interface TemplateViewer {
  accountId: string;
  ownerIds: readonly string[];
}

/**
 * A template the caller may use: in their account, not deleted, owned by one of the viewer's owners.
 * Anything else is the same 404, so ids of other accounts reveal nothing.
 */
export async function findTemplate(
  db: DbExecutor,
  viewer: TemplateViewer,
  templateId: string,
): Promise<TemplateRow> {
  const [row] = await db
    .select()
    .from(templates)
    .where(
      and(
        eq(templates.id, templateId),
        eq(templates.accountId, viewer.accountId),
        isNull(templates.deletedAt),
        inArray(templates.ownerId, [...viewer.ownerIds]),
      ),
    );
  if (!row) throw new ApiError('not_found', 'No such template.', { field: 'id' });
  return row;
}
