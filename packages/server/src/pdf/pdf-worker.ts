import { parentPort } from 'node:worker_threads';
import { finalizeDocument } from './finalize-document.js';
import { inspectPdf } from './inspect-pdf.js';
import type { PdfTask } from './pdf-task.js';
import { renderPages } from './render-pages.js';

/** Worker side of `runPdfTask`: runs one task at a time for as long as the thread lives. */
parentPort?.on('message', (task: PdfTask) => {
  run(task).then(
    ({ result, transfer }) => parentPort?.postMessage({ ok: true, result }, transfer),
    (error: unknown) => {
      const { name, message, code } = error as { name?: string; message?: string; code?: string };
      parentPort?.postMessage({ ok: false, error: { name, message, code } });
    },
  );
});

/** The task's result and the buffers to move (not copy) to the main thread. */
async function run(task: PdfTask): Promise<{ result: unknown; transfer: ArrayBuffer[] }> {
  switch (task.kind) {
    case 'finalize': {
      const result = await finalizeDocument(task.input);
      return { result, transfer: [result.pdf.buffer as ArrayBuffer] };
    }
    case 'inspect':
      return { result: await inspectPdf(task.bytes, task.options), transfer: [] };
    case 'render':
      // The images are the canvas library's own buffers, which may not be movable: they are copied.
      return { result: await renderPages(task.bytes, task.options), transfer: [] };
  }
}
