// Entry point of a PDF worker thread. Run from the sources, the TypeScript needs tsx's loader in this
// thread; run from the build (`dist/`), the compiled JavaScript beside this file loads as it is.
// pdf.js is plain JavaScript and loads before the loader: through it, it takes five times the memory.
import 'pdfjs-dist/legacy/build/pdf.mjs';
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { existsSync } from 'node:fs';

const source = new URL('./pdf-worker.ts', import.meta.url);
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(source.href);
} else {
  await import('./pdf-worker.js');
}
