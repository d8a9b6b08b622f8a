import {
  TemplateDefinition,
  checkFieldPages,
  type TemplateFieldInput,
  type TemplateRole,
} from '@signport/core';
import type { Clock } from '../clock.js';
import type { Database } from '../db/open-database.js';
import { templates, type StoredPage } from '../db/schema/index.js';
import { databaseBlobStore } from '../blobs/database-blob-store.js';
import { validationError } from '../errors/validation-error.js';
import { newId } from '../ids.js';
import { ruleRefusal } from '../sessions/rule-refusal.js';
import { inspectPdf } from '../pdf/inspect-pdf.js';
import { PdfRejectedError } from '../pdf/pdf-rejected-error.js';
import { renderPages } from '../pdf/render-pages.js';
import { detectTemplateFields } from './detect-template-fields.js';
import { displayedSize } from './field-geometry.js';
import { mergeTemplateFields, widgetsOfUnmovedFields } from './merge-template-fields.js';
import { pdfUploadError } from './pdf-upload-error.js';
import { PAGE_IMAGE_WIDTH, TEMPLATE_PDF_MAX_BYTES } from './template-limits.js';

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
  pdf: Uint8Array;
}

const DEFAULT_ROLES: TemplateRole[] = [{ key: 'signer', name: 'Signer', order: 1 }];

/**
 * Makes a template from an uploaded PDF: checks the file, detects its form fields, renders every
 * page to an image once, and stores the PDF, the images and the template together.
 *
 * @returns the new template's id.
 */
export async function createTemplate(
  deps: { db: Database; clock: Clock },
  input: CreateTemplateInput,
): Promise<string> {
  const { inspection, rendered } = await readPdf(input.pdf);
  const roles = input.roles ?? DEFAULT_ROLES;
  const pages: StoredPage[] = inspection.pages.map((size, index) => {
    const geometry = { pdfWidth: size.width, pdfHeight: size.height, rotation: size.rotation };
    return {
      number: index + 1,
      ...displayedSize(geometry),
      rotation: size.rotation,
      pdfWidth: size.width,
      pdfHeight: size.height,
      imageBlobId: '',
      imageSha256: '',
      text: rendered[index]?.text ?? '',
    };
  });
  const detected = detectTemplateFields(inspection.fields, roles, pages);
  const fields = mergeTemplateFields<TemplateFieldInput>(detected.fields, input.fields);
  const parsed = TemplateDefinition.safeParse({ name: input.name, roles, fields });
  if (!parsed.success) throw validationError(parsed.error);
  const definition = parsed.data;
  const widgets = widgetsOfUnmovedFields(detected.widgets, detected.fields, definition.fields);
  const onPages = checkFieldPages(definition.fields, pages.length);
  if (!onPages.ok) throw ruleRefusal(onPages.error);

  const id = newId('tpl');
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    const store = databaseBlobStore({ db: tx, clock: deps.clock });
    const pdf = await store.putBlob(input.accountId, {
      bytes: input.pdf,
      contentType: 'application/pdf',
    });
    for (const [index, page] of pages.entries()) {
      const image = await store.putBlob(input.accountId, {
        bytes: rendered[index]?.webp ?? new Uint8Array(),
        contentType: 'image/webp',
      });
      page.imageBlobId = image.id;
      page.imageSha256 = image.sha256;
    }
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
      createdAt: now,
      updatedAt: now,
    });
  });
  return id;
}

async function readPdf(bytes: Uint8Array) {
  try {
    const inspection = await inspectPdf(bytes, { maxBytes: TEMPLATE_PDF_MAX_BYTES });
    const rendered = await renderPages(bytes, { width: PAGE_IMAGE_WIDTH });
    return { inspection, rendered };
  } catch (error) {
    throw error instanceof PdfRejectedError ? pdfUploadError(error) : error;
  }
}
