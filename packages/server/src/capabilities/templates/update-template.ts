import { and, eq } from 'drizzle-orm';
import {
  TemplateDefinition,
  checkFieldPages,
  initialsOnEveryPage,
  type TemplateFieldInput,
  type UpdateTemplateRequest,
} from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { templates } from '../../platform/db/schema/index.js';
import { validationError } from '../../platform/errors/validation-error.js';
import { ruleRefusal } from '../sessions/rule-refusal.js';
import { mergeTemplateFields, widgetsOfUnmovedFields } from './merge-template-fields.js';
import { findTemplate, type TemplateRow, type TemplateViewer } from './find-template.js';

/**
 * Applies a partial change: fields sent (and initials on every page, expanded) are added or
 * replace those with the same id, listed ids are removed, and the result must still be a valid template (roles exist, ids unique…). Sessions already
 * started keep the template as it was.
 */
export async function updateTemplate(
  deps: { db: Database; clock: Clock },
  viewer: TemplateViewer,
  templateId: string,
  change: UpdateTemplateRequest,
): Promise<TemplateRow> {
  const row = await findTemplate(deps.db, viewer, templateId);
  const everyPage = initialsOnEveryPage(change.initialsOnEveryPage ?? [], row.pages.length);
  const fields = mergeTemplateFields<TemplateFieldInput>(
    row.fields,
    [...(change.fields ?? []), ...everyPage],
    change.removeFieldIds,
  );
  const parsed = TemplateDefinition.safeParse({
    name: change.name ?? row.name,
    description: change.description ?? row.description ?? undefined,
    roles: change.roles ?? row.roles,
    signingOrder: change.signingOrder ?? row.signingOrder,
    saveIncomplete: change.saveIncomplete ?? row.saveIncomplete,
    routing: change.routing ?? row.routing,
    fields,
  });
  if (!parsed.success) throw validationError(parsed.error);
  const definition = parsed.data;
  const onPages = checkFieldPages(definition.fields, row.pages.length);
  if (!onPages.ok) throw ruleRefusal(onPages.error);

  const widgets = widgetsOfUnmovedFields(row.widgets, row.fields, definition.fields);
  const [updated] = await deps.db
    .update(templates)
    .set({
      name: definition.name,
      description: definition.description ?? null,
      roles: definition.roles,
      signingOrder: definition.signingOrder,
      saveIncomplete: definition.saveIncomplete,
      routing: definition.routing,
      fields: definition.fields,
      widgets,
      updatedAt: deps.clock(),
    })
    .where(and(eq(templates.id, row.id), eq(templates.accountId, viewer.accountId)))
    .returning();
  return updated ?? row;
}
