import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PortalTokens } from '@signport/core';
import { json, testConfig } from './support/test-server.js';
import { PASSWORD, body, portalWorld } from './support/portal-fixture.js';

const ATTACKER = '203.0.113.66';
const OWNER_HOME = '198.51.100.7';
const COOKIE = '__Secure-signport_portal_refresh';

/** A portal behind a trusted proxy, so each request names its address in X-Forwarded-For. */
async function world(t: Parameters<typeof portalWorld>[0]) {
  const portal = await portalWorld(t, { config: testConfig({ TRUST_PROXY: 'true' }) });
  const olive = await portal.addClient({
    name: 'Olive',
    type: 'owner',
    email: 'olive@example.com',
  });
  const device = await portal.activate(
    await portal.invite(olive.id, 'olive@example.com', ['documents']),
  );
  return { portal, device };
}

const from = (address: string, extra: Record<string, string> = {}) => ({
  'x-forwarded-for': address,
  ...extra,
});

async function status(res: Response): Promise<string> {
  if (res.status !== 429) return String(res.status);
  return `429 after ${res.headers.get('retry-after')}s`;
}

test('wrong passwords from one address slow that address down, never the owner elsewhere', async (t) => {
  const { portal } = await world(t);
  const seen: string[] = [];
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    seen.push(
      await status(await portal.login('olive@example.com', `guess ${attempt}`, from(ATTACKER))),
    );
  }
  // Then every attempt waits: 1 s, 2 s, 4 s… and one that does not wait is refused unchecked.
  for (const wait of [1, 2, 4, 8]) {
    const early = await portal.login('olive@example.com', PASSWORD, from(ATTACKER));
    seen.push(await status(early));
    assert.equal(early.status, 429, 'even the right password is not checked while waiting');
    assert.equal(early.headers.get('retry-after'), String(wait));
    assert.equal((await body<{ error: { code: string } }>(early)).error.code, 'rate_limited');
    portal.time.advance(wait * 1000);
    seen.push(
      await status(await portal.login('olive@example.com', `guess ${wait}`, from(ATTACKER))),
    );
  }
  assert.deepEqual(seen, [
    ...Array<string>(5).fill('401'),
    '429 after 1s',
    '401',
    '429 after 2s',
    '401',
    '429 after 4s',
    '401',
    '429 after 8s',
    '401',
  ]);

  // Meanwhile the owner, from home, signs in at once: the stranger locked only themselves out.
  const owner = await portal.login('olive@example.com', PASSWORD, from(OWNER_HOME));
  assert.equal(owner.status, 200);
});

test('an hour of patient guessing from one address gets few guesses and leaves the owner in', async (t) => {
  const { portal } = await world(t);
  let guesses = 0;
  for (let elapsed = 0; elapsed < 3_600_000;) {
    const res = await portal.login('olive@example.com', `guess ${guesses}`, from(ATTACKER));
    if (res.status === 401) guesses += 1;
    // The attacker honours Retry-After exactly, to the second.
    const wait = res.status === 429 ? Number(res.headers.get('retry-after')) * 1000 : 100;
    portal.time.advance(wait);
    elapsed += wait;
  }
  assert.ok(guesses <= 20, `${guesses} guesses in an hour`);
  assert.equal((await portal.login('olive@example.com', PASSWORD, from(OWNER_HOME))).status, 200);
});

test('an unknown username is slowed exactly like a real one', async (t) => {
  const { portal } = await world(t);
  const answers = async (username: string) => {
    const seen: string[] = [];
    for (let attempt = 0; attempt < 7; attempt += 1) {
      const res = await portal.login(username, 'wrong guess', from(ATTACKER));
      seen.push(`${await status(res)} ${await res.text()}`);
    }
    return seen;
  };
  assert.deepEqual(await answers('nobody@example.com'), await answers('olive@example.com'));
});

test('many addresses against one username: the username waits, but a known device and the reset link get the owner in', async (t) => {
  const { portal, device } = await world(t);
  const other = await portal.addClient({
    name: 'Mallory',
    type: 'owner',
    email: 'mallory@example.com',
  });
  const mallory = await portal.activate(
    await portal.invite(other.id, 'mallory@example.com', ['documents']),
  );
  for (let bot = 1; bot <= 20; bot += 1) {
    const res = await portal.login('olive@example.com', `guess ${bot}`, from(`192.0.2.${bot}`));
    assert.equal(res.status, 401, `bot ${bot}`);
  }
  const fresh = await portal.login('olive@example.com', PASSWORD, from('192.0.2.200'));
  assert.equal(fresh.status, 429, 'a device never seen before waits like everyone');

  const withCookie = (token: string | undefined, address: string) =>
    portal.login(
      'olive@example.com',
      PASSWORD,
      from(address, { cookie: `${COOKIE}=${token ?? ''}` }),
    );
  assert.equal(
    (await withCookie(mallory.refreshToken, '192.0.2.201')).status,
    429,
    'another login’s cookie proves nothing',
  );
  const known = await withCookie(device.refreshToken, OWNER_HOME);
  assert.equal(known.status, 200, 'the owner’s device, signed in before, does not wait');
  const wrongOnKnown = await portal.login(
    'olive@example.com',
    'guess',
    from(OWNER_HOME, {
      cookie: `${COOKIE}=${(await body<PortalTokens>(known)).refreshToken ?? ''}`,
    }),
  );
  assert.equal(wrongOnKnown.status, 401, 'a known device still needs the right password');

  for (let bot = 21; bot <= 40; bot += 1) {
    await portal.login('olive@example.com', `guess ${bot}`, from(`192.0.2.${bot}`));
  }
  assert.equal(
    (await portal.login('olive@example.com', PASSWORD, from('192.0.2.202'))).status,
    429,
  );
  const reset = await portal.app.request(
    '/v1/portal/password-reset',
    json('POST', { accountId: portal.accountId, username: 'olive@example.com' }),
  );
  assert.equal(reset.status, 202);
  const token = await portal.linkTokenFor('olive@example.com');
  const confirm = await portal.app.request(
    '/v1/portal/password-reset/confirm',
    json('POST', { token, password: 'a brand new phrase' }),
  );
  assert.equal(confirm.status, 200);
  const after = await portal.login('olive@example.com', 'a brand new phrase', from('192.0.2.203'));
  assert.equal(after.status, 200, 'the emailed link unlocks the username on every device');
});

test('60 sign-ins from one address in 3.6 s across a minute boundary: 30 get through', async (t) => {
  const { portal } = await world(t);
  // 10:00:58.2 to 10:01:01.8: a fixed per-minute window would let 30 through on each side.
  portal.time.advance(58_200);
  const statuses = new Map<number, number>();
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const res = await portal.login(`visitor${attempt}@example.com`, 'guess', from(ATTACKER));
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    portal.time.advance(60);
  }
  assert.deepEqual(Object.fromEntries(statuses), { 401: 30, 429: 30 });
});
