import { packetFieldId, type TemplateRole } from '@signport/core';
import type { BlobStoreFor } from '../../platform/blobs/blob-store.js';
import type { PdfWorkerConfig } from '../../platform/config.js';
import type { DbExecutor } from '../../platform/db/open-database.js';
import type { PacketDocument, TemplateSnapshot } from '../../platform/db/schema/index.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { PdfBusyError } from '../../platform/pdf/pdf-worker-errors.js';
import { runPdfTask } from '../../platform/pdf/pdf-worker-pool.js';
import type { TemplateRow } from '../templates/find-template.js';

/**
 * Several templates as one session's template: their pages one after another, each field renamed
 * (`packetFieldId`) and moved to its page in the whole, roles matched by key (the first template
 * to name a role gives its name and order), signing order, saving and routing from the first
 * template. The merged PDF is made on a PDF worker and returned to be stored with the session.
 */
export async function packetSnapshot(
  deps: { db: DbExecutor; blobStoreFor: BlobStoreFor; pdfWorkers: PdfWorkerConfig },
  accountId: string,
  templates: readonly TemplateRow[],
): Promise<{ snapshot: Omit<TemplateSnapshot, 'pdfBlobId' | 'pdfSha256'>; pdf: Uint8Array }> {
  const [first] = templates;
  if (!first) throw new Error('A packet needs a template.');
  const store = deps.blobStoreFor(deps.db);
  const originals = await Promise.all(
    templates.map(async (template) => {
      const blob = await store.getBlob(accountId, template.pdfBlobId);
      if (!blob) throw new Error(`The PDF of template ${template.id} is missing.`);
      return blob.bytes;
    }),
  );
  const pdf = await runPdfTask(
    { kind: 'merge', documents: originals },
    { ...deps.pdfWorkers, timeoutMs: deps.pdfWorkers.inspectTimeoutMs, accountId },
  ).catch((error: unknown) => {
    if (!(error instanceof PdfBusyError)) throw error;
    throw new ApiError('pdf_busy', error.message, {
      field: 'templateIds',
      cause: error,
      headers: { 'Retry-After': '5' },
    });
  });

  const roles: TemplateRole[] = [];
  const documents: PacketDocument[] = [];
  const snapshot: Omit<TemplateSnapshot, 'pdfBlobId' | 'pdfSha256'> = {
    roles,
    signingOrder: first.signingOrder,
    saveIncomplete: first.saveIncomplete,
    routing: first.routing,
    fields: [],
    widgets: {},
    pages: [],
    documents,
  };
  templates.forEach((template, index) => {
    const number = index + 1;
    const offset = snapshot.pages.length;
    for (const role of template.roles) {
      if (!roles.some((known) => known.key === role.key)) roles.push(role);
    }
    for (const field of template.fields) {
      snapshot.fields.push({
        ...field,
        id: packetFieldId(number, field.id),
        page: field.page + offset,
      });
    }
    for (const [fieldId, widgets] of Object.entries(template.widgets)) {
      snapshot.widgets[packetFieldId(number, fieldId)] = widgets.map((widget) => ({
        ...widget,
        page: widget.page + offset,
      }));
    }
    for (const page of template.pages)
      snapshot.pages.push({ ...page, number: page.number + offset });
    documents.push({
      templateId: template.id,
      name: template.name,
      pdfSha256: template.pdfSha256,
      firstPage: offset + 1,
      pageCount: template.pages.length,
    });
  });
  return { snapshot, pdf };
}
