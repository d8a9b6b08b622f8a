import type { Template } from '@signport/core';
import type { PathSigner } from '../../platform/blobs/signed-path.js';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { loadTemplateForms } from '../forms/load-template-forms.js';
import { toTemplateForm } from '../forms/to-template-form.js';
import { loadUserRefs, userRefOf } from '../users/load-user-refs.js';
import type { TemplateRow } from './find-template.js';
import { pageImagePath } from './page-image-path.js';

/**
 * The API's view of a template; page image URLs are signed so an `<img>` can load them, and its web
 * form's address is on the server's `publicUrl`.
 */
export async function toTemplateResponse(
  deps: { db: DbExecutor; paths: PathSigner; publicUrl: string },
  rows: TemplateRow[],
): Promise<Template[]> {
  const accountId = rows[0]?.accountId ?? '';
  const refs = await loadUserRefs(
    deps.db,
    accountId,
    rows.flatMap((row) => [row.ownerId, row.createdById]),
  );
  const forms = await loadTemplateForms(
    deps.db,
    accountId,
    rows.map((row) => row.id),
  );
  const formOf = (templateId: string) => {
    const form = forms.get(templateId);
    return form ? toTemplateForm(deps.publicUrl, form) : null;
  };
  return Promise.all(
    rows.map(async (row) => ({
      id: row.id,
      name: row.name,
      ...(row.description !== null && { description: row.description }),
      roles: row.roles,
      signingOrder: row.signingOrder,
      saveIncomplete: row.saveIncomplete,
      routing: row.routing,
      fields: row.fields,
      status: row.status,
      progress: {
        pagesRendered: row.pages.filter((page) => page.imageBlobId !== '').length,
        pageCount: row.pages.length,
      },
      processingError: row.processingError ?? null,
      owner: userRefOf(refs, row.ownerId),
      createdBy: userRefOf(refs, row.createdById),
      pages: await Promise.all(
        row.pages.map(async (page) => ({
          number: page.number,
          width: page.width,
          height: page.height,
          imageUrl: await deps.paths.sign(pageImagePath(row.id, page.number)),
        })),
      ),
      form: formOf(row.id),
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    })),
  );
}
