import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The server package folder, where `src/main.ts` and the test workers live. */
const serverDir = fileURLToPath(new URL('../..', import.meta.url));

/** Polls `condition` every 20 ms until it holds; throws naming `what` after `ms`. */
export async function until(
  condition: () => boolean | Promise<boolean>,
  what: string,
  ms = 60_000,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Resolves once the process has exited (at once if it already has). */
export function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()));
}

/** Runs a TypeScript file of the server package in its own Node process (through tsx). */
export function spawnTsx(
  script: string,
  env: Record<string, string>,
  { stdin = 'ignore' }: { stdin?: 'ignore' | 'pipe' } = {},
): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: serverDir,
    env: { ...process.env, ...env },
    stdio: [stdin, 'pipe', 'inherit'],
  });
}

export interface ServerProcess {
  /** Where the server listens. */
  url: string;
  /** Kills the process with SIGKILL, as a power cut would, and waits for it to be gone. */
  kill(): Promise<void>;
}

export interface StandbyServer {
  /** Lets the server open the database and listen; resolves once it does. */
  start(): Promise<ServerProcess>;
  /** Kills the process unstarted. */
  kill(): Promise<void>;
}

/**
 * Spawns the server (src/main.ts) on a free port with its code loaded but the database untouched
 * until `start()`, so that starting is quick and still opens the database afresh.
 */
export function standbyServer(env: Record<string, string>): StandbyServer {
  const child = spawnTsx(
    'test/support/standby-server.ts',
    { PORT: '0', ...env },
    { stdin: 'pipe' },
  );
  const kill = async () => {
    child.kill('SIGKILL');
    await exited(child);
  };
  const listening = new Promise<string>((resolve, reject) => {
    let buffered = '';
    child.once('exit', (code, signal) =>
      reject(new Error(`the server exited (${String(code ?? signal)}) before it listened`)),
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      for (const line of buffered.split('\n').slice(0, -1)) {
        const entry = parseLogLine(line);
        if (entry.msg === 'failed to start') reject(new Error(entry.error));
        if (entry.msg === 'listening' && entry.url) resolve(entry.url);
      }
      buffered = buffered.slice(buffered.lastIndexOf('\n') + 1);
    });
  });
  // A standby killed unstarted rejects `listening` with nobody waiting for it.
  listening.catch(() => {});
  return {
    async start() {
      child.stdin?.end('start\n');
      const timeout = setTimeout(() => void kill(), 60_000);
      try {
        return { url: await listening, kill };
      } catch (error) {
        await kill();
        throw error;
      } finally {
        clearTimeout(timeout);
      }
    },
    kill,
  };
}

/** Starts the server in a child process on a free port and waits until it listens. */
export function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  return standbyServer(env).start();
}

function parseLogLine(line: string): { msg?: string; url?: string; error?: string } {
  try {
    return JSON.parse(line) as { msg?: string; url?: string; error?: string };
  } catch {
    return {};
  }
}
