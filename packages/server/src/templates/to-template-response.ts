import type { Template } from '@signport/core';
import type { PathSigner } from '../blobs/signed-path.js';
import type { DbExecutor } from '../db/open-database.js';
import { loadUserRefs, userRefOf } from '../sessions/load-user-refs.js';
import type { TemplateRow } from './find-template.js';
import { pageImagePath } from './page-image-path.js';

/** The API's view of a template; page image URLs are signed so an `<img>` can load them. */
export async function toTemplateResponse(
  deps: { db: DbExecutor; paths: PathSigner },
  rows: TemplateRow[],
): Promise<Template[]> {
  const accountId = rows[0]?.accountId ?? '';
  const refs = await loadUserRefs(
    deps.db,
    accountId,
    rows.flatMap((row) => [row.ownerId, row.createdById]),
  );
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
      form: null,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    })),
  );
}
