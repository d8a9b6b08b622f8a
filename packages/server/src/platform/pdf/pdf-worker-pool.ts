import { Worker } from 'node:worker_threads';
import type { PdfTask, PdfTaskResult } from './pdf-task.js';
import { PdfBusyError, PdfWorkerLimitError } from './pdf-worker-errors.js';
import { PdfRejectedError } from './pdf-rejected-error.js';
import type { PdfRejectionCode } from './pdf-rejected-error.js';
import { SignatureImageRejectedError } from './signature-image-rejected-error.js';
import type { SignatureImageRejectionCode } from './signature-image-rejected-error.js';

export interface PdfWorkerOptions {
  /** Wall-clock limit for the task once its worker has loaded the code for it; 20 s unless set. */
  timeoutMs?: number;
  /** Heap limit of the worker thread, in MB; 512 unless set. */
  maxHeapMb?: number;
  /** Tasks running at once in the whole process; more wait their turn. 2 unless set. */
  maxWorkers?: number;
  /** The account the task is for: it may have at most `maxPerAccount` tasks running or waiting. */
  accountId?: string;
  maxPerAccount?: number;
}

interface SerializedError {
  name?: string;
  message?: string;
  code?: string;
}

type WorkerReply =
  { started: true } | { ok: true; result: unknown } | { ok: false; error: SerializedError };

interface PooledWorker {
  worker: Worker;
  maxHeapMb: number;
}

const WORKER_URL = new URL('./pdf-worker.mjs', import.meta.url);
/** Starting a thread and loading the PDF libraries into it takes over a second; finished workers are kept. */
const MAX_IDLE_WORKERS = 2;
/** Starting a thread and loading a task's code may take this long on a very busy machine, not more. */
const STARTUP_LIMIT_MS = 120_000;
const idle: PooledWorker[] = [];
const waiting: Array<() => void> = [];
const perAccount = new Map<string, number>();
let running = 0;

/**
 * Runs one PDF task (finalizing, inspecting, rendering) on a worker thread with a time and memory
 * limit, so a hostile PDF can neither block the server's event loop nor run forever or take all
 * memory: past a limit the thread is terminated and a `PdfWorkerLimitError` is thrown. Only
 * `maxWorkers` tasks run at once; an account with `maxPerAccount` tasks in hand is refused with
 * `PdfBusyError`. Rejections of the input keep their types.
 *
 * @example
 * const inspection = await runPdfTask({ kind: 'inspect', bytes, limits }, { timeoutMs: 10_000 });
 */
export async function runPdfTask<Task extends PdfTask>(
  task: Task,
  options: PdfWorkerOptions = {},
): Promise<PdfTaskResult<Task>> {
  const { accountId, maxPerAccount = Infinity, maxWorkers = 2 } = options;
  const held = accountId === undefined ? 0 : (perAccount.get(accountId) ?? 0);
  if (accountId !== undefined && held >= maxPerAccount) throw new PdfBusyError(maxPerAccount);
  if (accountId !== undefined) perAccount.set(accountId, held + 1);
  try {
    await takeTurn(maxWorkers);
    try {
      return (await runOnWorker(task, options)) as PdfTaskResult<Task>;
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  } finally {
    if (accountId !== undefined) {
      const left = (perAccount.get(accountId) ?? 1) - 1;
      if (left > 0) perAccount.set(accountId, left);
      else perAccount.delete(accountId);
    }
  }
}

async function takeTurn(maxWorkers: number): Promise<void> {
  while (running >= maxWorkers) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
}

function runOnWorker(
  task: PdfTask,
  { timeoutMs = 20_000, maxHeapMb = 512 }: PdfWorkerOptions,
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const pooled = takeIdle(maxHeapMb) ?? startWorker(maxHeapMb);
    const { worker } = pooled;
    const stop = (limitMs: number) =>
      setTimeout(() => {
        finish();
        void worker.terminate();
        reject(new PdfWorkerLimitError('time', limitMs));
      }, limitMs);
    let timer = stop(STARTUP_LIMIT_MS);
    const onMessage = (reply: WorkerReply): void => {
      if ('started' in reply) {
        clearTimeout(timer);
        timer = stop(timeoutMs);
        return;
      }
      finish();
      if (idle.length < MAX_IDLE_WORKERS) idle.push(pooled);
      else void worker.terminate();
      if (reply.ok) resolve(reply.result);
      else reject(reviveError(reply.error));
    };
    const onError = (error: Error & { code?: string }): void => {
      finish();
      void worker.terminate();
      reject(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new PdfWorkerLimitError('memory', maxHeapMb)
          : error,
      );
    };
    const onExit = (exitCode: number): void => {
      finish();
      reject(new Error(`The PDF worker stopped unexpectedly (exit code ${exitCode}).`));
    };
    const finish = (): void => {
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
    };
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(task);
  });
}

function takeIdle(maxHeapMb: number): PooledWorker | undefined {
  const index = idle.findIndex((pooled) => pooled.maxHeapMb === maxHeapMb);
  return index >= 0 ? idle.splice(index, 1)[0] : undefined;
}

function startWorker(maxHeapMb: number): PooledWorker {
  // The bootstrap registers tsx itself: inherited flags such as `--import tsx` resolve against
  // the working directory, which need not contain tsx.
  const worker = new Worker(WORKER_URL, {
    execArgv: [],
    resourceLimits: { maxOldGenerationSizeMb: maxHeapMb },
  });
  const pooled = { worker, maxHeapMb };
  // An idle worker must not keep the process alive; a running task's timer does that.
  worker.unref();
  // A running task listens for errors itself; an idle worker that fails simply exits.
  worker.on('error', () => undefined);
  worker.on('exit', () => {
    const index = idle.indexOf(pooled);
    if (index >= 0) idle.splice(index, 1);
  });
  return pooled;
}

function reviveError({ name, message = 'The PDF task failed.', code }: SerializedError): Error {
  if (name === 'PdfRejectedError') return new PdfRejectedError(code as PdfRejectionCode, message);
  if (name === 'SignatureImageRejectedError') {
    return new SignatureImageRejectedError(code as SignatureImageRejectionCode, message);
  }
  if (name === 'RangeError') return new RangeError(message);
  if (name === 'TypeError') return new TypeError(message);
  return new Error(message);
}
