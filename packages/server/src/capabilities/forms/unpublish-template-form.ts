import { and, eq } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { templateForms } from '../../platform/db/schema/index.js';
import { findTemplate, type TemplateViewer } from '../templates/find-template.js';

/**
 * Takes a template's form offline: nobody can start it, and drafts not yet finished are refused
 * with `form_unpublished`. Unpublishing a form that is not published changes nothing.
 */
export async function unpublishTemplateForm(
  deps: { db: Database; clock: Clock },
  viewer: TemplateViewer,
  templateId: string,
): Promise<void> {
  const template = await findTemplate(deps.db, viewer, templateId);
  const now = deps.clock();
  await deps.db
    .update(templateForms)
    .set({ publishedAt: null, updatedAt: now })
    .where(
      and(
        eq(templateForms.templateId, template.id),
        eq(templateForms.accountId, template.accountId),
      ),
    );
}
