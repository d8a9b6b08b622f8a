import { and, eq } from 'drizzle-orm';
import type { BlobStoreFor } from '../../platform/blobs/blob-store.js';
import type { Clock } from '../../platform/clock.js';
import type { Config } from '../../platform/config.js';
import type { Database } from '../../platform/db/open-database.js';
import { templates } from '../../platform/db/schema/index.js';
import { enqueueJob, type EnqueueJobInput } from '../../platform/jobs/enqueue-job.js';
import type { JobHandler } from '../../platform/jobs/job-handler.js';
import { isPdfRefusal, pdfUploadError } from './pdf-upload-error.js';
import { renderTemplatePages } from './render-template-pages.js';
import { storePageImages } from './store-page-images.js';

export const RENDER_TEMPLATE_PAGES_JOB = 'template.render_pages';
/** Pages rendered per run: progress shows in steps, and other jobs get their turn in between. */
export const PAGES_PER_RUN = 10;

interface RenderPagesPayload {
  templateId: string;
  firstPage: number;
}

/** The job that renders a `processing` template's pages from `firstPage` on. */
export function renderPagesJobInput(
  accountId: string,
  templateId: string,
  firstPage: number,
): EnqueueJobInput {
  return {
    kind: RENDER_TEMPLATE_PAGES_JOB,
    accountId,
    payload: { templateId, firstPage } satisfies RenderPagesPayload,
    // One job per step: a retried step does not queue the next one twice.
    idempotencyKey: `template-pages:${templateId}:${firstPage}`,
  };
}

/**
 * Renders the next `PAGES_PER_RUN` pages of a `processing` template on a PDF worker, stores their
 * images, and queues the following step; after the last page the template is `ready`. A page the
 * limits refuse marks the template `failed` with the refusal's code and message (no retry: it would
 * be refused again); any other failure is retried by the job worker.
 */
export function renderTemplatePagesJob(deps: {
  db: Database;
  clock: Clock;
  config: Config;
  blobStoreFor: BlobStoreFor;
}): JobHandler {
  return async (payload, { accountId }) => {
    const { templateId, firstPage } = payload as RenderPagesPayload;
    const own = and(eq(templates.id, templateId), eq(templates.accountId, accountId ?? ''));
    const [row] = await deps.db.select().from(templates).where(own);
    if (!row || row.status !== 'processing') return;
    const lastPage = Math.min(firstPage + PAGES_PER_RUN - 1, row.pages.length);
    const store = deps.blobStoreFor(deps.db);
    const pdf = await store.getBlob(row.accountId, row.pdfBlobId);
    if (!pdf) throw new Error(`The PDF of template ${templateId} is missing.`);

    let rendered;
    try {
      rendered = await renderTemplatePages(deps.config, pdf.bytes, { firstPage, lastPage });
    } catch (error) {
      if (!isPdfRefusal(error)) throw error;
      const { code, message } = pdfUploadError(error);
      await deps.db
        .update(templates)
        .set({
          status: 'failed',
          processingError: { code, message: `Page ${firstPage}–${lastPage}: ${message}` },
        })
        .where(own);
      return;
    }
    const done = lastPage >= row.pages.length;
    await deps.db.transaction(async (tx) => {
      const pages = await storePageImages(
        deps.blobStoreFor(tx),
        row.accountId,
        row.pages,
        rendered,
        firstPage,
      );
      await tx
        .update(templates)
        .set({ pages, status: done ? 'ready' : 'processing' })
        .where(and(own, eq(templates.status, 'processing')));
      if (!done) {
        await enqueueJob(
          { db: tx, clock: deps.clock },
          renderPagesJobInput(row.accountId, templateId, lastPage + 1),
        );
      }
    });
  };
}
