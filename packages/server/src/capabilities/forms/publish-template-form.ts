import { and, eq } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { templateForms } from '../../platform/db/schema/index.js';
import { newId } from '../../platform/ids.js';
import { assertTemplateReady } from '../templates/assert-template-ready.js';
import { findTemplate, type TemplateViewer } from '../templates/find-template.js';
import { newFormSlug } from './form-slug.js';
import type { TemplateFormRow } from './to-template-form.js';

/**
 * Publishes a template as a public web form. Publishing an already published form changes
 * nothing; publishing again after unpublishing revives the same slug.
 */
export async function publishTemplateForm(
  deps: { db: Database; clock: Clock },
  viewer: TemplateViewer,
  templateId: string,
): Promise<TemplateFormRow> {
  return deps.db.transaction(async (tx) => {
    const template = await findTemplate(tx, viewer, templateId);
    assertTemplateReady(template);
    const now = deps.clock();
    const [existing] = await tx
      .select()
      .from(templateForms)
      .where(
        and(
          eq(templateForms.templateId, template.id),
          eq(templateForms.accountId, template.accountId),
        ),
      );
    if (existing?.publishedAt) return existing;
    if (existing) {
      const [revived] = await tx
        .update(templateForms)
        .set({ publishedAt: now, updatedAt: now })
        .where(eq(templateForms.id, existing.id))
        .returning();
      return revived ?? existing;
    }
    const [created] = await tx
      .insert(templateForms)
      .values({
        id: newId('frm'),
        accountId: template.accountId,
        templateId: template.id,
        slug: newFormSlug(template.name),
        publishedAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!created) throw new Error('The form was not stored.');
    return created;
  });
}
