import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../src/app.js';
import type { Logger } from '../src/platform/logger.js';
import { migrate } from '../src/platform/db/migrate.js';
import { openDatabase } from '../src/platform/db/open-database.js';
import {
  bearer,
  json,
  manualClock,
  seedAccount,
  testApp,
  testConfig,
} from './support/test-server.js';

test('GET /healthz answers ok with the version and a generated request id', async (t) => {
  const { app } = await testApp(t);
  const res = await app.request('/healthz');
  assert.equal(res.status, 200);
  const body = (await res.json()) as { status: string; version: string };
  assert.equal(body.status, 'ok');
  assert.match(body.version, /^\d+\.\d+\.\d+/);
  assert.match(res.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
});

test('a sane X-Request-Id is kept, an unsafe one replaced', async (t) => {
  const { app } = await testApp(t);
  const kept = await app.request('/healthz', { headers: { 'x-request-id': 'lb-42_abc' } });
  assert.equal(kept.headers.get('x-request-id'), 'lb-42_abc');
  const replaced = await app.request('/healthz', { headers: { 'x-request-id': 'bad id<script>' } });
  assert.notEqual(replaced.headers.get('x-request-id'), 'bad id<script>');
  assert.match(replaced.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
});

test('secure headers are set on API responses', async (t) => {
  const { app } = await testApp(t);
  const res = await app.request('/healthz');
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(res.headers.get('cross-origin-resource-policy'), 'same-origin');
  assert.ok(res.headers.get('strict-transport-security'));
});

test('an unknown route is a 404 in the error shape', async (t) => {
  const { app } = await testApp(t);
  const res = await app.request('/v1/nothing-here');
  assert.equal(res.status, 404);
  assert.match(res.headers.get('content-type') ?? '', /application\/json/);
  assert.deepEqual(await res.json(), {
    error: { code: 'not_found', message: 'No route for GET /v1/nothing-here.' },
  });
});

test('a known path with the wrong method is a 405 naming the allowed methods', async (t) => {
  const { app } = await testApp(t);
  const res = await app.request('/v1/embed-tokens', { method: 'GET' });
  assert.equal(res.status, 405);
  assert.equal(res.headers.get('allow'), 'POST');
  const body = (await res.json()) as { error: { code: string } };
  assert.equal(body.error.code, 'method_not_allowed');
});

test('one JSON log line per request with id, method, path, status and duration', async (t) => {
  const lines: { level: string; msg: string; fields: Record<string, unknown> }[] = [];
  const record =
    (level: string) =>
    (msg: string, fields: Record<string, unknown> = {}) =>
      lines.push({ level, msg, fields });
  const logger: Logger = { info: record('info'), warn: record('warn'), error: record('error') };
  const { app } = await testApp(t, { logger });
  await app.request('/healthz', { headers: { 'x-request-id': 'req-1' } });
  await app.request('/v1/missing');
  assert.equal(lines.length, 2);
  assert.deepEqual(
    { ...lines[0]?.fields, ms: 0 },
    { requestId: 'req-1', method: 'GET', path: '/healthz', status: 200, ms: 0 },
  );
  assert.equal(typeof lines[0]?.fields.ms, 'number');
  assert.equal(lines[1]?.fields.status, 404);
});

test('an unexpected failure is a generic 500, logged with the request id, without a stack trace', async () => {
  const lines: { msg: string; fields: Record<string, unknown> }[] = [];
  const logger: Logger = {
    info() {},
    warn() {},
    error: (msg, fields = {}) => lines.push({ msg, fields }),
  };
  const { db, close } = await openDatabase({ url: ':memory:' });
  await migrate(db);
  const app = createApp({ db, config: testConfig(), logger });
  const account = await seedAccount({ db, time: manualClock() });
  await close(); // the database goes away under the running app

  const res = await app.request(
    '/v1/users/betty',
    json(
      'PUT',
      { name: 'Betty', email: 'betty@shoreline.test' },
      { ...bearer(account.secretKey), 'x-request-id': 'req-500' },
    ),
  );
  assert.equal(res.status, 500);
  const text = await res.text();
  assert.deepEqual(JSON.parse(text), {
    error: {
      code: 'internal_error',
      message: 'Something went wrong on our side. Try again later.',
    },
  });
  assert.doesNotMatch(text, /at .*\.ts|Error:/);
  const logged = lines.find((line) => line.msg === 'unhandled error');
  assert.equal(logged?.fields.requestId, 'req-500');
  assert.match(String(logged?.fields.error), /\n\s+at /);
});
