import { parentPort } from 'node:worker_threads';
import type { PdfTask } from './pdf-task.js';

/**
 * Worker side of `runPdfTask`: runs one task at a time for as long as the thread lives. Each kind's
 * code is loaded on first use, then `started` tells the pool that the task's time limit begins:
 * loading pdf.js into a fresh thread can take seconds on a busy machine.
 */
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
      const { finalizeDocument } = await import('./finalize-document.js');
      started();
      const result = await finalizeDocument(task.input);
      return { result, transfer: [result.pdf.buffer as ArrayBuffer] };
    }
    case 'inspect': {
      const { inspectPdf } = await import('./inspect-pdf.js');
      started();
      return { result: await inspectPdf(task.bytes, task.options), transfer: [] };
    }
    case 'render': {
      const { renderPages } = await import('./render-pages.js');
      started();
      // The images are the canvas library's own buffers, which may not be movable: they are copied.
      return { result: await renderPages(task.bytes, task.options), transfer: [] };
    }
    case 'find-text-tags': {
      const { findTextTags } = await import('./find-text-tags.js');
      started();
      return { result: await findTextTags(task.bytes), transfer: [] };
    }
    case 'cover': {
      const { coverAreas } = await import('./cover-areas.js');
      started();
      const result = await coverAreas(task.bytes, task.areas);
      return { result, transfer: [result.buffer as ArrayBuffer] };
    }
    case 'merge': {
      const { mergeDocuments } = await import('./merge-documents.js');
      started();
      const result = await mergeDocuments(task.documents);
      return { result, transfer: [result.buffer as ArrayBuffer] };
    }
    case 'warm-up': {
      const { warmUpFinalize } = await import('./warm-up-finalize.js');
      started();
      await warmUpFinalize();
      return { result: null, transfer: [] };
    }
    case 'extract': {
      const { extractPages } = await import('./extract-pages.js');
      started();
      const result = await extractPages(task.bytes, task.ranges);
      return { result, transfer: [result.buffer as ArrayBuffer] };
    }
  }
}

function started(): void {
  parentPort?.postMessage({ started: true });
}
