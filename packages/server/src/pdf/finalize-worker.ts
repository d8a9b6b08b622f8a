import { parentPort } from 'node:worker_threads';
import { finalizeDocument } from './finalize-document.js';
import type { FinalizeDocumentInput } from './finalize-document.js';

/** Worker side of `finalizeInWorker`: runs one job at a time for as long as the thread lives. */
parentPort?.on('message', (input: FinalizeDocumentInput) => {
  finalizeDocument(input).then(
    (result) => parentPort?.postMessage({ ok: true, result }, [result.pdf.buffer as ArrayBuffer]),
    (error: unknown) => {
      const { name, message, code } = error as { name?: string; message?: string; code?: string };
      parentPort?.postMessage({ ok: false, error: { name, message, code } });
    },
  );
});
