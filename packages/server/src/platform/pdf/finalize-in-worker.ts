import type { FinalizeDocumentInput, FinalizedDocument } from './finalize-document.js';
import { FinalizeTimeoutError } from './finalize-timeout-error.js';
import { runPdfTask } from './pdf-worker-pool.js';
import { PdfWorkerLimitError } from './pdf-worker-errors.js';

export interface FinalizeInWorkerOptions {
  /** Wall-clock limit for the job, including a thread start when no idle worker is ready; 20 s unless set. */
  timeoutMs?: number;
  /** Heap limit of a worker, in MB; 512 unless set. */
  maxHeapMb?: number;
}

/**
 * Runs `finalizeDocument` in the PDF worker pool with a time and memory limit, so a hostile PDF or
 * image can neither block the server's event loop nor run forever: past the time limit the thread
 * is terminated and a `FinalizeTimeoutError` is thrown. Rejections of the input keep their types.
 *
 * @example
 * const { pdf, finalSha256 } = await finalizeInWorker(input, { timeoutMs: 10_000 });
 */
export async function finalizeInWorker(
  input: FinalizeDocumentInput,
  { timeoutMs = 20_000, maxHeapMb = 512 }: FinalizeInWorkerOptions = {},
): Promise<FinalizedDocument> {
  try {
    return await runPdfTask({ kind: 'finalize', input }, { timeoutMs, maxHeapMb });
  } catch (error) {
    if (error instanceof PdfWorkerLimitError && error.limit === 'time') {
      throw new FinalizeTimeoutError(timeoutMs);
    }
    throw error;
  }
}
