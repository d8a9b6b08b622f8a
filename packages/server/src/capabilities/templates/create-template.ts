import {
  TemplateDefinition,
  checkFieldPages,
  initialsOnEveryPage,
  type InitialsOnEveryPage,
  type TemplateFieldInput,
  type TemplateRole,
} from '@signport/core';
import type { BlobStoreFor } from '../../platform/blobs/blob-store.js';
import type { Clock } from '../../platform/clock.js';
import type { Config } from '../../platform/config.js';
import type { Database } from '../../platform/db/open-database.js';
import { templates, type StoredPage } from '../../platform/db/schema/index.js';
import { validationError } from '../../platform/errors/validation-error.js';
import { newId } from '../../platform/ids.js';
import { enqueueJob } from '../../platform/jobs/enqueue-job.js';
import type { RenderedPage } from '../../platform/pdf/render-pages.js';
import { ruleRefusal } from '../sessions/rule-refusal.js';
import { detectTemplateFields } from './detect-template-fields.js';
import { displayedSize } from './field-geometry.js';
import { inspectUpload } from './inspect-upload.js';
import { mergeTemplateFields, widgetsOfUnmovedFields } from './merge-template-fields.js';
import { isPdfRefusal, pdfUploadError } from './pdf-upload-error.js';
import { placeTextTags } from './place-text-tags.js';
import { renderPagesJobInput } from './render-template-pages-job.js';
import { renderTemplatePages } from './render-template-pages.js';
import { storePageImages } from './store-page-images.js';

export interface CreateTemplateInput {
  accountId: string;
  /** The sender the template belongs to. */
  ownerId: string;
  /** Who uploads it (the owner, or someone acting for them). */
  createdById: string;
  name: string;
  roles: TemplateRole[] | undefined;
  /** Fields placed by the caller: added to those detected in the PDF, or replacing them by id. */
  fields?: TemplateFieldInput[] | undefined;
  /** Initials of these roles on every page, expanded into initials fields. */
  initialsOnEveryPage?: InitialsOnEveryPage | undefined;
  pdf: Uint8Array;
}

const DEFAULT_ROLES: TemplateRole[] = [{ key: 'signer', name: 'Signer', order: 1 }];

/**
 * Makes a template from an uploaded PDF: checks the file within the configured limits, detects its
 * form fields and text tags (`{{signature:buyer}}`, painted over), adds any initials-on-every-page
 * fields, renders every page to an image once, and stores the PDF, the images and the template
 * together. A document of more than `templateInlineRenderPages` pages is stored at once as
 * `processing` and its pages render in a background job, so a long upload still answers quickly.
 *
 * @returns the new template's id.
 */
export async function createTemplate(
  deps: { db: Database; clock: Clock; config: Config; blobStoreFor: BlobStoreFor },
  input: CreateTemplateInput,
): Promise<string> {
  const inspection = await inspectUpload(deps.config, input.accountId, input.pdf);
  const inline = inspection.pageCount <= deps.config.templateInlineRenderPages;
  const unrendered: StoredPage[] = inspection.pages.map((size, index) => {
    const geometry = { pdfWidth: size.width, pdfHeight: size.height, rotation: size.rotation };
    return {
      number: index + 1,
      ...displayedSize(geometry),
      rotation: size.rotation,
      pdfWidth: size.width,
      pdfHeight: size.height,
      imageBlobId: '',
      imageSha256: '',
      text: '',
    };
  });
  const tagged = await placeTextTags(deps.config, input.accountId, input.pdf, {
    pages: unrendered,
    roles: input.roles,
    takenIds: [...new Set(inspection.fields.map((field) => field.name))],
  });
  const roles = input.roles ?? tagged.roles ?? DEFAULT_ROLES;
  const detected = detectTemplateFields(inspection.fields, roles, unrendered);
  const everyPage = initialsOnEveryPage(input.initialsOnEveryPage ?? [], unrendered.length);
  const fields = mergeTemplateFields<TemplateFieldInput>(
    [...detected.fields, ...tagged.fields, ...everyPage],
    input.fields,
  );
  const parsed = TemplateDefinition.safeParse({ name: input.name, roles, fields });
  if (!parsed.success) throw validationError(parsed.error);
  const definition = parsed.data;
  const widgets = widgetsOfUnmovedFields(detected.widgets, detected.fields, definition.fields);
  const onPages = checkFieldPages(definition.fields, unrendered.length);
  if (!onPages.ok) throw ruleRefusal(onPages.error);
  // Only a template worth keeping is drawn.
  const upload = { ...input, pdf: tagged.pdf };
  const rendered = inline ? await renderInline(deps.config, upload, inspection.pageCount) : [];

  const id = newId('tpl');
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    const store = deps.blobStoreFor(tx);
    const pdf = await store.putBlob(input.accountId, {
      bytes: upload.pdf,
      contentType: 'application/pdf',
    });
    const pages = await storePageImages(store, input.accountId, unrendered, rendered, 1);
    await tx.insert(templates).values({
      id,
      accountId: input.accountId,
      ownerId: input.ownerId,
      createdById: input.createdById,
      name: definition.name,
      description: definition.description ?? null,
      roles: definition.roles,
      signingOrder: definition.signingOrder,
      saveIncomplete: definition.saveIncomplete,
      routing: definition.routing,
      fields: definition.fields,
      widgets,
      pdfBlobId: pdf.id,
      pdfSha256: pdf.sha256,
      pages,
      status: inline ? 'ready' : 'processing',
      createdAt: now,
      updatedAt: now,
    });
    if (!inline) {
      await enqueueJob({ db: tx, clock: deps.clock }, renderPagesJobInput(input.accountId, id, 1));
    }
  });
  return id;
}

async function renderInline(
  config: Config,
  { pdf, accountId }: CreateTemplateInput,
  pageCount: number,
): Promise<RenderedPage[]> {
  try {
    return await renderTemplatePages(config, pdf, { firstPage: 1, lastPage: pageCount, accountId });
  } catch (error) {
    throw isPdfRefusal(error) ? pdfUploadError(error) : error;
  }
}
