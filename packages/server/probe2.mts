import { pageOfSizePdf } from './test/fixtures/make-hostile-pdfs.ts';
import { runPdfTask } from './src/pdf/pdf-worker-pool.ts';
const pdf = pageOfSizePdf(3, 14400);
for (let i = 0; i < 2; i++) {
  const t = performance.now();
    const r = await runPdfTask({ kind: i ? 'render' : 'inspect', bytes: pdf, options: { maxBytes: 15e6, width: 100 } as any }, { timeoutMs: 30000, maxHeapMb: 256 });
    console.log('ok', Math.round(performance.now() - t));
}
