import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The repository root: the API, the CLI and the elements are started and built from here. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export const defaultDatabaseUrl = `file:${join(repoRoot, 'data', 'demo.db')}`;
export const defaultCredentialsPath = join(repoRoot, 'data', 'demo-credentials.json');
/** Where `npm run demo` keeps the API's request log, off the terminal. */
export const defaultApiLogPath = join(repoRoot, 'data', 'demo-api.log');

/** tsx resolved from this package, so child processes find it whatever their working directory. */
export const tsxLoader = import.meta.resolve('tsx');
