// Entry point of a PDF worker thread: TypeScript sources need tsx's loader in this thread.
// pdf.js is plain JavaScript and loads before the loader: through it, it takes five times the memory.
import 'pdfjs-dist/legacy/build/pdf.mjs';
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { register } from 'tsx/esm/api';

register();
await import('./pdf-worker.ts');
