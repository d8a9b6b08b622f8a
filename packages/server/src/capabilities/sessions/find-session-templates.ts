import type { CreateSessionRequest } from '@signport/core';
import type { z } from 'zod';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { assertTemplateReady } from '../templates/assert-template-ready.js';
import { findTemplate, type TemplateRow, type TemplateViewer } from '../templates/find-template.js';

/**
 * The templates a new session starts from, in the order asked: `templateId`, or each of a packet's
 * `templateIds`. One that is missing, of another account or owner, or not ready is refused with
 * the request's field that named it (`templateIds.1`), before anything is written.
 */
export async function findSessionTemplates(
  db: DbExecutor,
  {
    input,
    ...viewer
  }: TemplateViewer & {
    input: Pick<z.output<typeof CreateSessionRequest>, 'templateId' | 'templateIds'>;
  },
): Promise<TemplateRow[]> {
  const named = input.templateIds
    ? input.templateIds.map((id, index) => ({ id, field: `templateIds.${index}` }))
    : [{ id: input.templateId ?? '', field: 'templateId' }];
  const templates: TemplateRow[] = [];
  for (const { id, field } of named) {
    const template = await findTemplate(db, viewer, id).catch((error: unknown) => {
      // Anything but "not found" passes on as is.
      if (!(error instanceof ApiError && error.code === 'not_found')) throw error;
      throw new ApiError('not_found', 'No such template.', { field, cause: error });
    });
    assertTemplateReady(template, field);
    templates.push(template);
  }
  return templates;
}
