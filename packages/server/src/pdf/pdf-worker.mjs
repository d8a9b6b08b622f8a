// Entry point of a PDF worker thread: TypeScript sources need tsx's loader in this thread.
import { register } from 'tsx/esm/api';

register();
await import('./pdf-worker.ts');
