import { Worker } from 'node:worker_threads';
import type { FinalizeDocumentInput, FinalizedDocument } from './finalize-document.js';
import { FinalizeTimeoutError } from './finalize-timeout-error.js';
import { PdfRejectedError } from './pdf-rejected-error.js';
import type { PdfRejectionCode } from './pdf-rejected-error.js';
import { SignatureImageRejectedError } from './signature-image-rejected-error.js';
import type { SignatureImageRejectionCode } from './signature-image-rejected-error.js';

export interface FinalizeInWorkerOptions {
  /** Wall-clock limit for the job, including a thread start when no idle worker is ready; 20 s unless set. */
  timeoutMs?: number;
  /** Heap limit of a worker, in MB; 512 unless set. */
  maxHeapMb?: number;
}

interface SerializedError {
  name?: string;
  message?: string;
  code?: string;
}

type WorkerReply = { ok: true; result: FinalizedDocument } | { ok: false; error: SerializedError };

const WORKER_URL = new URL('./finalize-worker.mjs', import.meta.url);
/** Starting a thread and loading pdf-lib into it takes over a second; finished workers are kept. */
const MAX_IDLE_WORKERS = 1;
const idle: Worker[] = [];

/**
 * Runs `finalizeDocument` on a worker thread with a time and memory limit, so a hostile PDF or
 * image can neither block the server's event loop nor run forever: past the limit the thread is
 * terminated and a `FinalizeTimeoutError` is thrown. Rejections of the input keep their types.
 *
 * @example
 * const { pdf, finalSha256 } = await finalizeInWorker(input, { timeoutMs: 10_000 });
 */
export function finalizeInWorker(
  input: FinalizeDocumentInput,
  { timeoutMs = 20_000, maxHeapMb = 512 }: FinalizeInWorkerOptions = {},
): Promise<FinalizedDocument> {
  return new Promise((resolve, reject) => {
    const worker = idle.pop() ?? startWorker(maxHeapMb);
    const timer = setTimeout(() => {
      finish();
      void worker.terminate();
      reject(new FinalizeTimeoutError(timeoutMs));
    }, timeoutMs);
    const onMessage = (reply: WorkerReply): void => {
      finish();
      if (idle.length < MAX_IDLE_WORKERS) idle.push(worker);
      else void worker.terminate();
      if (reply.ok) resolve(reply.result);
      else reject(reviveError(reply.error));
    };
    const onError = (error: Error): void => {
      finish();
      void worker.terminate();
      reject(error);
    };
    const onExit = (exitCode: number): void => {
      finish();
      reject(new Error(`The finalize worker stopped unexpectedly (exit code ${exitCode}).`));
    };
    const finish = (): void => {
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
    };
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(input);
  });
}

function startWorker(maxHeapMb: number): Worker {
  // The bootstrap registers tsx itself: inherited flags such as `--import tsx` resolve against
  // the working directory, which need not contain tsx.
  const worker = new Worker(WORKER_URL, {
    execArgv: [],
    resourceLimits: { maxOldGenerationSizeMb: maxHeapMb },
  });
  // An idle worker must not keep the process alive; a running job's timer does that.
  worker.unref();
  // A running job listens for errors itself; an idle worker that fails simply exits.
  worker.on('error', () => undefined);
  worker.on('exit', () => {
    const index = idle.indexOf(worker);
    if (index >= 0) idle.splice(index, 1);
  });
  return worker;
}

function reviveError({
  name,
  message = 'Finalizing the document failed.',
  code,
}: SerializedError): Error {
  if (name === 'PdfRejectedError') return new PdfRejectedError(code as PdfRejectionCode, message);
  if (name === 'SignatureImageRejectedError') {
    return new SignatureImageRejectedError(code as SignatureImageRejectionCode, message);
  }
  if (name === 'RangeError') return new RangeError(message);
  if (name === 'TypeError') return new TypeError(message);
  return new Error(message);
}
