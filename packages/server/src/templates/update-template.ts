import { and, eq } from 'drizzle-orm';
import { TemplateDefinition, type UpdateTemplateRequest } from '@signport/core';
import type { Clock } from '../clock.js';
import type { Database } from '../db/open-database.js';
import { templates } from '../db/schema/index.js';
import { validationError } from '../errors/validation-error.js';
import { findTemplate, type TemplateRow, type TemplateViewer } from './find-template.js';

/**
 * Applies a partial change: fields sent are added or replace those with the same id, listed ids are
 * removed, and the result must still be a valid template (roles exist, ids unique…). Sessions already
 * started keep the template as it was.
 */
export async function updateTemplate(
  deps: { db: Database; clock: Clock },
  viewer: TemplateViewer,
  templateId: string,
  change: UpdateTemplateRequest,
): Promise<TemplateRow> {
  const row = await findTemplate(deps.db, viewer, templateId);
  const removed = new Set(change.removeFieldIds ?? []);
  const replacing = new Map((change.fields ?? []).map((field) => [field.id, field]));
  const kept = row.fields.filter((field) => !removed.has(field.id));
  const fields = [
    ...kept.map((field) => replacing.get(field.id) ?? field),
    ...[...replacing.values()].filter((field) => !kept.some((old) => old.id === field.id)),
  ];
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

  // A field moved by hand no longer sits on its PDF widgets: draw it where it now is.
  const widgets = Object.fromEntries(
    Object.entries(row.widgets).filter(([id, list]) => {
      const field = definition.fields.find((candidate) => candidate.id === id);
      const before = row.fields.find((candidate) => candidate.id === id);
      return (
        field !== undefined &&
        list.length > 0 &&
        before !== undefined &&
        field.page === before.page &&
        JSON.stringify(field.rect) === JSON.stringify(before.rect)
      );
    }),
  );
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
