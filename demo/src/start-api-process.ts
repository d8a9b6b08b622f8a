import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { repoRoot, tsxLoader } from './paths.js';

export interface StartApiProcessOptions {
  port: number;
  databaseUrl: string;
  /**
   * A file the server's output (its request log) is appended to. Never the terminal: the last
   * lines are shown only if it fails to start.
   */
  logPath?: string;
  /** More environment for the server, e.g. `SMTP_URL` (docs/configuration.md). */
  env?: Record<string, string>;
}

export interface ApiProcess {
  url: string;
  close(): Promise<void>;
}

// Generous: a cold start under tsx on a busy CI machine can take many seconds.
const startupTimeoutMs = 60_000;
const stopTimeoutMs = 5_000;

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function waitForHealth(
  url: string,
  child: ChildProcess,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + startupTimeoutMs;
  let childExited = false;
  child.once('exit', () => (childExited = true));
  while (Date.now() < deadline) {
    if (childExited) throw new Error(`The Signport API exited while starting.\n${output()}`);
    const healthy = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(
    `The Signport API did not answer ${url}/healthz within ${startupTimeoutMs / 1000} s.\n${output()}`,
  );
}

/**
 * Starts the Signport API as its own process on its own origin, as in production, and resolves
 * once `/healthz` answers. `close()` stops it; it is also killed if this process exits first.
 */
export async function startApiProcess(options: StartApiProcessOptions): Promise<ApiProcess> {
  const url = `http://localhost:${options.port}`;
  const child = spawn(process.execPath, ['--import', tsxLoader, 'packages/server/src/main.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(options.port),
      DATABASE_URL: options.databaseUrl,
      PUBLIC_URL: url,
      NODE_ENV: process.env.NODE_ENV ?? 'development',
      INIT_CWD: repoRoot,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (options.logPath) {
    mkdirSync(dirname(options.logPath), { recursive: true });
    const log = createWriteStream(options.logPath, { flags: 'a' });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
  }

  // The last lines of a quiet server's output explain a failed start.
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split('\n').filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - 40));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const close = async () => {
    process.removeListener('exit', killOnExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), stopTimeoutMs);
    await exited(child);
    clearTimeout(timer);
  };

  try {
    await waitForHealth(url, child, () => lines.join('\n'));
  } catch (error) {
    await close();
    throw error;
  }
  return { url, close };
}
