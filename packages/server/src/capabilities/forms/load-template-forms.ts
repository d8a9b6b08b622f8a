import { and, eq, inArray } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { templateForms } from '../../platform/db/schema/index.js';
import type { TemplateFormRow } from './to-template-form.js';

/** The forms of these templates of one account, by template id. */
export async function loadTemplateForms(
  db: DbExecutor,
  accountId: string,
  templateIds: readonly string[],
): Promise<Map<string, TemplateFormRow>> {
  if (templateIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(templateForms)
    .where(
      and(
        eq(templateForms.accountId, accountId),
        inArray(templateForms.templateId, [...templateIds]),
      ),
    );
  return new Map(rows.map((row) => [row.templateId, row]));
}
