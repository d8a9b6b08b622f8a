import { runPdfTask } from './pdf-worker-pool.js';

let ready = false;

/**
 * Starts a PDF worker thread and seals a throw-away page in it (loading pdf.js, pdf-lib, the fonts
 * and the sealing code), then leaves it idle in the pool: the first completion after a start then
 * runs near the speed of later ones instead of waiting seconds. `startServer` awaits it before listening.
 *
 * @example
 * await warmPdfWorker();
 * pdfWorkerReady(); // true
 */
export async function warmPdfWorker(): Promise<void> {
  // The same heap limit as a finalization, so that it takes this idle worker.
  await runPdfTask({ kind: 'warm-up' }, { maxHeapMb: 512 });
  ready = true;
}

/** Whether a warmed PDF worker was made ready in this process (the health answer says so). */
export function pdfWorkerReady(): boolean {
  return ready;
}
