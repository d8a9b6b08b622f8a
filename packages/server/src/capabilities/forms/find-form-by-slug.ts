import { and, eq, isNull } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { templateForms, templates } from '../../platform/db/schema/index.js';
import { ApiError } from '../../platform/errors/api-error.js';
import type { TemplateRow } from '../templates/find-template.js';
import type { TemplateFormRow } from './to-template-form.js';

/**
 * A public form and its template by slug, published or not; an unknown slug or a deleted template
 * is 404 `not_found`.
 */
export async function findFormBySlug(
  db: DbExecutor,
  slug: string,
): Promise<{ form: TemplateFormRow; template: TemplateRow }> {
  const [row] = await db
    .select({ form: templateForms, template: templates })
    .from(templateForms)
    .innerJoin(
      templates,
      and(
        eq(templates.id, templateForms.templateId),
        eq(templates.accountId, templateForms.accountId),
      ),
    )
    .where(and(eq(templateForms.slug, slug), isNull(templates.deletedAt)));
  if (!row) throw new ApiError('not_found', 'There is no form at this address.', { field: 'slug' });
  return row;
}

/** The refusal for a form taken offline. */
export function formUnpublished(): ApiError {
  return new ApiError(
    'form_unpublished',
    'This form is no longer available. Contact its owner if you need it.',
  );
}
