import type { StoredBlob } from '../../platform/blobs/blob-store.js';
import type { BlobStoreFor } from '../../platform/blobs/blob-store.js';
import type { PdfWorkerConfig } from '../../platform/config.js';
import type { Database } from '../../platform/db/open-database.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { runPdfTask } from '../../platform/pdf/pdf-worker-pool.js';
import type { SessionRow } from './load-session.js';
import { readSessionDocument } from './read-session-document.js';
import { sessionDocuments } from './session-documents.js';

/**
 * One document of a session apart (a packet's `number`th, from 1): its pages of the sealed PDF
 * followed by the certificate of completion once completed, else its pages of the original.
 */
export async function readPacketDocument(
  deps: { db: Database; blobStoreFor: BlobStoreFor; pdfWorkers: PdfWorkerConfig },
  session: SessionRow,
  number: number,
): Promise<{
  name: string;
  sealed: boolean;
  pdf: Pick<StoredBlob, 'bytes' | 'contentType' | 'size'>;
}> {
  const document = sessionDocuments(session)[number - 1];
  if (!document) throw new ApiError('not_found', 'No such document.', { field: 'number' });
  const whole = await readSessionDocument(deps, session);
  const last = document.firstPage + document.pageCount - 1;
  const bytes = await runPdfTask(
    {
      kind: 'extract',
      bytes: whole.pdf.bytes,
      ranges: [
        { first: document.firstPage, last },
        // The certificate comes after every document's pages.
        ...(whole.sealed ? [{ first: session.template.pages.length + 1 }] : []),
      ],
    },
    { ...deps.pdfWorkers, timeoutMs: deps.pdfWorkers.inspectTimeoutMs },
  );
  return {
    name: document.name,
    sealed: whole.sealed,
    pdf: { bytes, contentType: 'application/pdf', size: bytes.byteLength },
  };
}
