import { fieldsFromTextTags, type TaggedField, type TemplateRole } from '@signport/core';
import type { Config } from '../../platform/config.js';
import type { StoredPage } from '../../platform/db/schema/index.js';
import { runPdfTask } from '../../platform/pdf/pdf-worker-pool.js';
import { displayedSize, toFieldRect } from './field-geometry.js';
import { isPdfRefusal, pdfUploadError } from './pdf-upload-error.js';
import { TextTagsError } from './text-tags-error.js';

export interface TaggedUpload {
  /** The upload with its tags painted over, or as it was when it has none. */
  pdf: Uint8Array;
  fields: TaggedField[];
  /** The roles the tags name when the upload listed none, in order of appearance. */
  roles: TemplateRole[] | undefined;
}

/**
 * Turns the `{{type:role;…}}` tags in an upload's text into fields at their positions and paints
 * the tags over (docs/text-tags.md). A tag naming a role the upload did not list is an error;
 * without listed roles, the tags' roles are created. Any faulty tag refuses the whole upload,
 * every one of them named (`TextTagsError`). Both steps run on a PDF worker with the inspection's
 * time limit.
 */
export async function placeTextTags(
  config: Pick<Config, 'pdfWorkers'>,
  accountId: string,
  pdf: Uint8Array,
  {
    pages,
    roles,
    takenIds,
  }: { pages: StoredPage[]; roles: TemplateRole[] | undefined; takenIds: string[] },
): Promise<TaggedUpload> {
  const limits = { ...config.pdfWorkers, timeoutMs: config.pdfWorkers.inspectTimeoutMs, accountId };
  const run = async <T>(task: () => Promise<T>): Promise<T> => {
    try {
      return await task();
    } catch (error) {
      throw isPdfRefusal(error) ? pdfUploadError(error) : error;
    }
  };
  const tags = await run(() => runPdfTask({ kind: 'find-text-tags', bytes: pdf }, limits));
  if (tags.length === 0) return { pdf, fields: [], roles: undefined };

  const found = tags.flatMap((tag) => {
    const page = pages[tag.page - 1];
    if (!page) return [];
    const geometry = {
      pdfWidth: page.pdfWidth,
      pdfHeight: page.pdfHeight,
      rotation: page.rotation,
    };
    return [{ ...tag, rect: toFieldRect(tag.rect, geometry), pageSize: displayedSize(geometry) }];
  });
  const placed = fieldsFromTextTags(found, {
    ...(roles && { roles: roles.map((role) => role.key) }),
    pageCount: pages.length,
    takenIds,
  });
  if (placed.problems.length > 0) throw new TextTagsError(placed.problems);
  const areas = tags.map(({ page, rect }) => ({ page, rect }));
  const covered = await run(() => runPdfTask({ kind: 'cover', bytes: pdf, areas }, limits));
  return {
    pdf: covered,
    fields: placed.fields,
    roles: roles
      ? undefined
      : placed.roleKeys.map((key, index) => ({ key, name: roleName(key), order: index + 1 })),
  };
}

/** `listing_agent` → `Listing agent`. */
function roleName(key: string): string {
  const words = key.replace(/_+/g, ' ').trim();
  return words[0]!.toUpperCase() + words.slice(1);
}
