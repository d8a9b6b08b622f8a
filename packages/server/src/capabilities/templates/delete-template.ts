import { and, eq } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { templates } from '../../platform/db/schema/index.js';
import { findTemplate, type TemplateViewer } from './find-template.js';

/**
 * Removes a template from the caller's list. Its PDF and page images stay: sessions started from
 * it still show and seal them.
 */
export async function deleteTemplate(
  deps: { db: Database; clock: Clock },
  viewer: TemplateViewer,
  templateId: string,
): Promise<void> {
  const row = await findTemplate(deps.db, viewer, templateId);
  await deps.db
    .update(templates)
    .set({ deletedAt: deps.clock() })
    .where(and(eq(templates.id, row.id), eq(templates.accountId, viewer.accountId)));
}
