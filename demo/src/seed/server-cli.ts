import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { repoRoot, tsxLoader } from '../paths.js';

const execFileAsync = promisify(execFile);

/** Runs the Signport admin CLI against `databaseUrl` and parses the JSON it prints. */
export async function runServerCli<T>(args: string[], databaseUrl: string): Promise<T> {
  try {
    const { stdout } = await execFileAsync(
      process.execPath,
      ['--import', tsxLoader, 'packages/server/src/cli/main.ts', ...args],
      { cwd: repoRoot, env: { ...process.env, DATABASE_URL: databaseUrl, INIT_CWD: repoRoot } },
    );
    return JSON.parse(stdout) as T;
  } catch (error) {
    const { stderr } = error as { stderr?: string };
    throw new Error(`signport ${args.join(' ')} failed: ${stderr?.trim() || String(error)}`);
  }
}
