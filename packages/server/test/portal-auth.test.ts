import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PortalMe, PortalTokens } from '@signport/core';
import { json } from './support/test-server.js';
import {
  PASSWORD,
  SHORELINE,
  body,
  portalWorld,
  type PortalWorld,
} from './support/portal-fixture.js';

async function activeOwner(world: PortalWorld, email = 'olive@example.com') {
  const olive = await world.addClient({ name: 'Olive Owner', type: 'owner', email });
  const token = await world.invite(olive.id, email, ['documents', 'messages']);
  const tokens = await world.activate(token);
  return { olive, tokens };
}

const refresh = (world: PortalWorld, init: { refreshToken?: string; cookie?: string }) =>
  world.app.request(
    '/v1/portal/refresh',
    json(
      'POST',
      init.refreshToken ? { refreshToken: init.refreshToken } : {},
      init.cookie ? { cookie: init.cookie } : {},
    ),
  );

/** Median times of two kinds of request, run alternately so that drift hits both alike. */
async function alternatingMedians(
  pairs: number,
  first: (index: number) => unknown,
  second: (index: number) => unknown,
): Promise<[number, number]> {
  const times: [number[], number[]] = [[], []];
  for (let index = 0; index < pairs; index += 1) {
    for (const [slot, run] of [first, second].entries()) {
      const started = performance.now();
      await run(index);
      times[slot as 0 | 1].push(performance.now() - started);
    }
  }
  const median = (values: number[]) =>
    values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  return [median(times[0]), median(times[1])];
}

/** Within half of the slower time, or 40 ms of database jitter. */
function assertSimilar([a, b]: [number, number], label: string): void {
  assert.ok(
    Math.abs(a - b) <= Math.max(0.5 * Math.max(a, b), 40),
    `${label}: ${a.toFixed(1)} ms vs ${b.toFixed(1)} ms`,
  );
}

test('password rules: 8 to 256 characters, spaces kept, only-spaces refused', async (t) => {
  const world = await portalWorld(t);
  const olive = await world.addClient({
    name: 'Olive Owner',
    type: 'owner',
    email: 'olive@example.com',
  });
  const token = await world.invite(olive.id, 'olive@example.com', ['documents']);
  for (const password of ['1234567', ' '.repeat(12), 'x'.repeat(257)]) {
    const res = await world.app.request('/v1/portal/activate', json('POST', { token, password }));
    assert.equal(res.status, 400, JSON.stringify(password));
    assert.equal((await body<{ error: { field: string } }>(res)).error.field, 'password');
  }
  const long = ` ${'pässwörd '.repeat(28)}`.slice(0, 256);
  await world.activate(token, long);
  assert.equal((await world.login('olive@example.com', long)).status, 200);
  assert.equal(
    (await world.login('olive@example.com', long.trim())).status,
    401,
    'nothing trimmed',
  );
});

test('login: tokens in the body and a partitioned HttpOnly cookie on the portal path', async (t) => {
  const world = await portalWorld(t);
  await activeOwner(world);
  const res = await world.login('OLIVE@example.com');
  assert.equal(res.status, 200);
  const tokens = await body<PortalTokens>(res);
  assert.ok(tokens.accessToken && tokens.refreshToken);
  assert.equal(
    tokens.accessTokenExpiresAt,
    new Date(world.time.clock().getTime() + 10 * 60 * 1000).toISOString(),
  );
  const cookie = res.headers.get('set-cookie') ?? '';
  assert.match(cookie, /^__Secure-signport_portal_refresh=/);
  for (const attribute of [
    'HttpOnly',
    'Secure',
    'SameSite=None',
    'Partitioned',
    'Path=/v1/portal',
  ]) {
    assert.ok(cookie.includes(attribute), attribute);
  }
  const me = await world.asClient(tokens.accessToken, 'GET', '/v1/portal/me');
  assert.equal(me.status, 200);

  world.time.advance(10 * 60 * 1000 + 1000);
  const expired = await world.asClient(tokens.accessToken, 'GET', '/v1/portal/me');
  assert.equal(expired.status, 401);
  assert.equal((await body<{ error: { code: string } }>(expired)).error.code, 'token_expired');
});

test('logins from one address are throttled across usernames', async (t) => {
  const world = await portalWorld(t);
  let last: Response | undefined;
  for (let attempt = 0; attempt < 31; attempt += 1)
    last = await world.login(`user${attempt}@example.com`);
  assert.equal(last?.status, 429);
  assert.ok(Number(last?.headers.get('retry-after')) > 0);
});

test('login refusals are the same for unknown usernames, in status, body and time', async (t) => {
  const world = await portalWorld(t);
  await activeOwner(world);
  const unknown = await world.login('nobody@example.com', 'whatever pass');
  const wrong = await world.login('olive@example.com', 'whatever pass');
  assert.equal(unknown.status, wrong.status);
  assert.deepEqual(await unknown.json(), await wrong.json());

  assertSimilar(
    await alternatingMedians(
      5,
      (index) => world.login(`ghost${index}@example.com`, 'whatever pass'),
      () => world.login('olive@example.com', 'whatever pass'),
    ),
    'unknown username vs wrong password',
  );
});

test('password reset by username: same answer either way; the link resets, ends sessions, emails', async (t) => {
  const world = await portalWorld(t);
  const { tokens } = await activeOwner(world);
  const ask = (username: string) =>
    world.app.request(
      '/v1/portal/password-reset',
      json('POST', { accountId: world.accountId, username }),
    );

  const unknown = await ask('nobody@example.com');
  const known = await ask('Olive@Example.com');
  assert.equal(unknown.status, 202);
  assert.equal(known.status, 202);
  assert.deepEqual(await unknown.json(), await known.json());
  world.time.advance(600_000);
  assertSimilar(
    await alternatingMedians(
      4,
      (index) => ask(`ghost${index}@example.com`),
      () => ask('olive@example.com'),
    ),
    'unknown vs known username',
  );

  const email = await world.lastEmailTo('olive@example.com');
  assert.equal(email?.subject, 'Reset your client login password');
  assert.match(email?.text ?? '', /within one hour/);
  const token = await world.linkTokenFor('olive@example.com');
  const confirm = await world.app.request(
    '/v1/portal/password-reset/confirm',
    json('POST', { token, password: 'new secret phrase' }),
  );
  assert.equal(confirm.status, 200);
  assert.equal((await world.asClient(tokens.accessToken, 'GET', '/v1/portal/me')).status, 401);
  const refused = await refresh(world, { refreshToken: tokens.refreshToken ?? '' });
  assert.equal(refused.status, 401, 'old refresh tokens are dead too');
  assert.equal(
    (await world.lastEmailTo('olive@example.com'))?.subject,
    'Your client login password was changed',
  );
  assert.equal((await world.login('olive@example.com', 'new secret phrase')).status, 200);

  const replay = await world.app.request(
    '/v1/portal/password-reset/confirm',
    json('POST', { token, password: 'another phrase!' }),
  );
  assert.equal(replay.status, 401);
});

test('refresh rotates the token; reusing a rotated one revokes the whole family', async (t) => {
  const world = await portalWorld(t);
  const { tokens } = await activeOwner(world);
  const first = tokens.refreshToken ?? '';

  const rotated = await refresh(world, { refreshToken: first });
  assert.equal(rotated.status, 200);
  const second = await body<PortalTokens>(rotated);
  assert.notEqual(second.refreshToken, first);
  assert.equal((await world.asClient(second.accessToken, 'GET', '/v1/portal/me')).status, 200);

  // The cookie works the same as the body.
  const byCookie = await refresh(world, {
    cookie: `__Secure-signport_portal_refresh=${second.refreshToken ?? ''}`,
  });
  assert.equal(byCookie.status, 200);
  const third = await body<PortalTokens>(byCookie);

  // Within 30 seconds a rotated token is forgiven (tabs refreshing together); later it is a reuse.
  world.time.advance(31_000);
  const replay = await refresh(world, { refreshToken: first });
  assert.equal(replay.status, 401, 'a rotated token is refused');
  assert.match(replay.headers.get('set-cookie') ?? '', /Max-Age=0/);
  assert.equal(
    (await refresh(world, { refreshToken: third.refreshToken ?? '' })).status,
    401,
    'and its whole family with it',
  );
  assert.equal((await world.asClient(third.accessToken, 'GET', '/v1/portal/me')).status, 401);

  const other = await body<PortalTokens>(await world.login('olive@example.com'));
  assert.equal(
    (await world.asClient(other.accessToken, 'GET', '/v1/portal/me')).status,
    200,
    'another session of the same login is untouched',
  );
});

test('logout ends the session by refresh token or by access token', async (t) => {
  const world = await portalWorld(t);
  const { tokens } = await activeOwner(world);
  const out = await world.app.request(
    '/v1/portal/logout',
    json('POST', { refreshToken: tokens.refreshToken }),
  );
  assert.equal(out.status, 204);
  assert.equal((await world.asClient(tokens.accessToken, 'GET', '/v1/portal/me')).status, 401);
  assert.equal((await refresh(world, { refreshToken: tokens.refreshToken ?? '' })).status, 401);

  const other = await body<PortalTokens>(await world.login('olive@example.com'));
  const byBearer = await world.app.request('/v1/portal/logout', {
    method: 'POST',
    headers: { authorization: `Bearer ${other.accessToken}` },
  });
  assert.equal(byBearer.status, 204);
  assert.equal((await world.asClient(other.accessToken, 'GET', '/v1/portal/me')).status, 401);
  assert.equal(
    (await world.app.request('/v1/portal/logout', json('POST', { refreshToken: 'x'.repeat(43) })))
      .status,
    204,
  );
});

test('CORS: only the account’s own origins, with credentials for the refresh cookie', async (t) => {
  const world = await portalWorld(t);
  await activeOwner(world);
  const preflight = await world.app.request('/v1/portal/refresh', {
    method: 'OPTIONS',
    headers: { origin: SHORELINE, 'access-control-request-method': 'POST' },
  });
  assert.equal(preflight.status, 204);
  assert.equal(preflight.headers.get('access-control-allow-credentials'), 'true');

  const allowed = await world.login('olive@example.com', PASSWORD, { origin: SHORELINE });
  assert.equal(allowed.status, 200);
  assert.equal(allowed.headers.get('access-control-allow-origin'), SHORELINE);
  assert.equal(allowed.headers.get('access-control-allow-credentials'), 'true');
  const tokens = await body<PortalTokens>(allowed);

  for (const origin of ['https://evil.test', 'https://harbor.test']) {
    const login = await world.login('olive@example.com', PASSWORD, { origin });
    assert.equal(login.status, 403, origin);
    assert.equal(login.headers.get('access-control-allow-origin'), null);
    const read = await world.app.request('/v1/portal/me', {
      headers: { origin, authorization: `Bearer ${tokens.accessToken}` },
    });
    assert.equal(read.status, 403, origin);
    assert.equal(read.headers.get('access-control-allow-origin'), null);
    const rotate = await world.app.request(
      '/v1/portal/refresh',
      json('POST', { refreshToken: tokens.refreshToken }, { origin }),
    );
    assert.equal(rotate.status, 403, 'a foreign page cannot rotate the token');
  }
  const still = await refresh(world, { refreshToken: tokens.refreshToken ?? '' });
  assert.equal(still.status, 200, 'the refused attempts changed nothing');
  const me = await body<PortalMe>(
    await world.asClient((await body<PortalTokens>(still)).accessToken, 'GET', '/v1/portal/me'),
  );
  assert.equal(me.profile.username, 'olive@example.com');
});
