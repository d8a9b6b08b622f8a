// Entry point of the finalize worker thread: TypeScript sources need tsx's loader in this thread.
import { register } from 'tsx/esm/api';

register();
await import('./finalize-worker.ts');
