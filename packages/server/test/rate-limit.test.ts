import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Hono } from 'hono';
import type { AppEnv } from '../src/platform/http/app-env.js';
import type { Clock } from '../src/platform/clock.js';
import type { Database } from '../src/platform/db/open-database.js';
import { createErrorHandler } from '../src/platform/errors/error-handler.js';
import { clientAddress } from '../src/platform/http/client-address.js';
import { silentLogger } from '../src/platform/logger.js';
import { rateLimit } from '../src/middleware/rate-limit.js';
import { manualClock, testDatabase } from './support/test-server.js';

// A login-like route limited to 3 attempts per minute per client, as an instance of the server would mount it.
function loginApp(db: Database, clock: Clock) {
  const app = new Hono<AppEnv>();
  app.post(
    '/login',
    rateLimit({
      db,
      scope: 'login',
      limit: 3,
      windowSeconds: 60,
      clock,
      key: (c) => c.req.header('x-client') ?? 'anon',
    }),
    (c) => c.json({ ok: true }),
  );
  app.onError(createErrorHandler(silentLogger));
  return app;
}

const attempt = (app: Hono<AppEnv>, client: string) =>
  app.request('/login', { method: 'POST', headers: { 'x-client': client } });

test('over the limit is a 429 rate_limited with Retry-After until the oldest attempt leaves', async (t) => {
  const db = await testDatabase(t);
  const time = manualClock(new Date('2030-01-15T10:00:15Z'));
  const app = loginApp(db, time.clock);
  for (let i = 0; i < 3; i++) {
    assert.equal((await attempt(app, '203.0.113.7')).status, 200);
    time.advance(5_000);
  }

  const limited = await attempt(app, '203.0.113.7');
  assert.equal(limited.status, 429);
  // The first attempt (10:00:15) leaves the 60-second window at 10:01:15, 45 seconds on.
  assert.equal(limited.headers.get('retry-after'), '45');
  const { error } = (await limited.json()) as { error: { code: string; message: string } };
  assert.equal(error.code, 'rate_limited');
  assert.match(error.message, /45 seconds/);

  assert.equal(
    (await attempt(app, '198.51.100.1')).status,
    200,
    'another client has its own count',
  );
  time.advance(44_000);
  assert.equal((await attempt(app, '203.0.113.7')).status, 429, 'not a second early');
  time.advance(1_000);
  assert.equal((await attempt(app, '203.0.113.7')).status, 200, 'one place came back');
  assert.equal((await attempt(app, '203.0.113.7')).status, 429, 'only one');
  time.advance(5_000);
  assert.equal((await attempt(app, '203.0.113.7')).status, 200, 'then the next one');
});

test('no burst across a clock-minute boundary: any 60 seconds admit at most the limit', async (t) => {
  const db = await testDatabase(t);
  // 3 attempts in the last second of a minute, 3 in the first second of the next.
  const time = manualClock(new Date('2030-01-15T10:00:59.000Z'));
  const app = loginApp(db, time.clock);
  const statuses: number[] = [];
  for (let i = 0; i < 6; i++) {
    statuses.push((await attempt(app, 'client')).status);
    time.advance(300);
  }
  assert.deepEqual(statuses, [200, 200, 200, 429, 429, 429]);
});

test('the count is shared by every instance using the database', async (t) => {
  const db = await testDatabase(t);
  const time = manualClock();
  const instances = [loginApp(db, time.clock), loginApp(db, time.clock)];
  const statuses: number[] = [];
  for (let i = 0; i < 4; i++) statuses.push((await attempt(instances[i % 2]!, 'client')).status);
  assert.deepEqual(statuses, [200, 200, 200, 429]);
});

test('clientAddress reads X-Forwarded-For only behind a trusted proxy', async (t) => {
  const db = await testDatabase(t);
  const time = manualClock();
  const limited = (trustProxy: boolean) => {
    const app = new Hono<AppEnv>();
    app.post(
      '/login',
      rateLimit({
        db,
        scope: `login-${trustProxy}`,
        limit: 1,
        windowSeconds: 60,
        clock: time.clock,
        key: (c) => clientAddress(c, { trustProxy }),
      }),
      (c) => c.json({ ok: true }),
    );
    app.onError(createErrorHandler(silentLogger));
    return app;
  };
  const from = async (app: Hono<AppEnv>, forwarded: string) =>
    (await app.request('/login', { method: 'POST', headers: { 'x-forwarded-for': forwarded } }))
      .status;

  const behindProxy = limited(true);
  // The proxy appends the address it saw; anything before it is what the client claimed.
  assert.equal(await from(behindProxy, '10.0.0.1, 203.0.113.7'), 200);
  assert.equal(await from(behindProxy, '10.0.0.2, 203.0.113.7'), 429);
  assert.equal(await from(behindProxy, '198.51.100.1'), 200);

  const direct = limited(false);
  assert.equal(await from(direct, '203.0.113.7'), 200);
  assert.equal(
    await from(direct, '198.51.100.1'),
    429,
    'a forged header does not make a new client',
  );
});
