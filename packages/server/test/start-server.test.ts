import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { startServer } from '../src/start-server.js';
import { tempDir, testConfig } from './support/test-server.js';

test('startServer listens over real HTTP, runs the job worker, and closes cleanly', async () => {
  const server = await startServer({ ...testConfig(), port: 0, databaseUrl: ':memory:' });
  try {
    const res = await fetch(`${server.url}/healthz`);
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as { status: string }).status, 'ok');
  } finally {
    await server.close();
  }
  await assert.rejects(fetch(`${server.url}/healthz`));
});

test('main logs one JSON line with its URL, serves, and exits 0 on SIGTERM', async (t) => {
  const dir = tempDir(t);
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(new URL('../src/main.ts', import.meta.url))],
    {
      env: {
        ...process.env,
        PORT: '0',
        DATABASE_URL: `file:${join(dir, 'main.db')}`,
        NODE_ENV: 'test',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  t.after(() => child.kill('SIGKILL'));
  const lines = createInterface({ input: child.stdout });
  const [first] = (await once(lines, 'line')) as [string];
  const started = JSON.parse(first) as { level: string; msg: string; url: string };
  assert.equal(started.msg, 'listening');
  assert.match(started.url, /^http:\/\/localhost:\d+$/);

  assert.equal((await fetch(`${started.url}/healthz`)).status, 200);
  child.kill('SIGTERM');
  const [code] = (await once(child, 'exit')) as [number];
  assert.equal(code, 0);
});
