import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, request } from 'node:http';
import { startServer } from '../src/start-server.js';
import { errorShapeProblem } from './support/error-shape.js';
import { bearer, seedAccount, testApp, testConfig, userWithToken } from './support/test-server.js';
import { portalWorld } from './support/portal-fixture.js';

const JSON_TYPE = { 'content-type': 'application/json' };

test('a JSON content type with no body is no body: GETs and body-less POSTs work', async (t) => {
  const ctx = await testApp(t);
  const account = await seedAccount(ctx);
  const agent = await userWithToken(ctx.app, account.secretKey);
  const me = await ctx.app.request('/v1/me', {
    headers: { ...JSON_TYPE, ...bearer(agent.token) },
  });
  assert.equal(me.status, 200, await me.clone().text());

  const logout = await ctx.app.request('/v1/portal/logout', { method: 'POST', headers: JSON_TYPE });
  assert.equal(logout.status, 204, 'an optional body may be left out');

  const login = await ctx.app.request('/v1/portal/login', { method: 'POST', headers: JSON_TYPE });
  assert.equal(login.status, 400);
  const { error } = (await login.json()) as { error: { code: string } };
  assert.equal(error.code, 'validation_failed', 'a required body is missing, not malformed');

  const broken = await ctx.app.request('/v1/portal/login', {
    method: 'POST',
    headers: JSON_TYPE,
    body: '{"accountId":',
  });
  assert.equal(broken.status, 400);
  assert.equal(((await broken.json()) as { error: { code: string } }).error.code, 'invalid_json');
});

test('a password reset for an unknown account answers exactly as for an unknown username', async (t) => {
  const world = await portalWorld(t);
  const ask = (accountId: string, username: string) =>
    world.app.request('/v1/portal/password-reset', {
      method: 'POST',
      headers: JSON_TYPE,
      body: JSON.stringify({ accountId, username }),
    });
  const unknownUser = await ask(world.accountId, 'nobody@example.com');
  const unknownAccount = await ask('acc_doesnotexist00000000', 'nobody@example.com');
  assert.equal(unknownAccount.status, unknownUser.status);
  assert.equal(unknownAccount.status, 202);
  assert.deepEqual(await unknownAccount.json(), await unknownUser.json());
  await world.runJobs();

  // Same work either way: within half of the slower median, or 40 ms of database jitter.
  const timings: [number[], number[]] = [[], []];
  for (let index = 0; index < 4; index += 1) {
    for (const [slot, accountId] of [world.accountId, `acc_ghost${index}`].entries()) {
      const started = performance.now();
      await ask(accountId, `ghost${index}@example.com`);
      timings[slot as 0 | 1].push(performance.now() - started);
    }
  }
  const [a, b] = timings.map((values) => values.sort((x, y) => x - y)[2] ?? 0) as [number, number];
  assert.ok(Math.abs(a - b) <= Math.max(0.5 * Math.max(a, b), 40), `${a} ms vs ${b} ms`);
});

/** One request on a keep-alive agent, over real HTTP. */
function send(
  agent: Agent,
  url: string,
  { method = 'GET', body }: { method?: string; body?: Buffer } = {},
): Promise<{ status: number; headers: Record<string, unknown>; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, agent, headers: body ? JSON_TYPE : {} }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

test('a refused oversized body closes its connection, and the next request works', async (t) => {
  const server = await startServer({ ...testConfig(), port: 0, databaseUrl: ':memory:' });
  t.after(() => server.close());
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  t.after(() => agent.destroy());

  assert.equal((await send(agent, `${server.url}/healthz`)).status, 200);
  const oversized = Buffer.from(JSON.stringify({ padding: 'x'.repeat(2 * 1024 * 1024) }));
  const refused = await send(agent, `${server.url}/v1/portal/login`, {
    method: 'POST',
    body: oversized,
  });
  assert.equal(refused.status, 413);
  assert.equal(refused.headers.connection, 'close');
  assert.equal(errorShapeProblem('application/json', refused.text), undefined);
  assert.match(refused.text, /payload_too_large/);
  for (let i = 0; i < 3; i += 1) {
    const next = await send(agent, `${server.url}/healthz`);
    assert.equal(next.status, 200, `request ${i + 1} after the 413`);
  }
});
