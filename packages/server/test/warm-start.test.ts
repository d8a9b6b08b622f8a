import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Health } from '@signport/core';
import { startServer } from '../src/start-server.js';
import { testApp, testConfig } from './support/test-server.js';

test('a started server reports healthy only with a warm PDF worker; the bare app says starting', async (t) => {
  // The app alone warms nothing: its health answer must not claim a worker it does not have.
  const { app } = await testApp(t);
  const before = (await (await app.request('/healthz')).json()) as Health;
  assert.equal(before.pdfWorker, 'starting');

  const server = await startServer({ ...testConfig(), port: 0, databaseUrl: ':memory:' });
  t.after(() => server.close());
  // The first answer the server ever gives already finds the worker ready.
  const res = await fetch(`${server.url}/healthz`);
  assert.equal(res.status, 200);
  const health = (await res.json()) as Health;
  assert.deepEqual(
    { status: health.status, pdfWorker: health.pdfWorker },
    { status: 'ok', pdfWorker: 'ready' },
  );
});
