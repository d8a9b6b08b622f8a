import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PortalTokens } from '@signport/core';
import { bearer, json } from './support/test-server.js';
import { SHORELINE, body, portalWorld, type PortalWorld } from './support/portal-fixture.js';

const REFRESH = '__Secure-signport_portal_refresh';
const PROBE = '__Secure-signport_portal_cookies';
const onPortalPage = /https:\/\/www\.shoreline\.test\/portal\?link=([\w-]+)/;

async function activeOwner(world: PortalWorld) {
  const olive = await world.addClient({
    name: 'Olive Owner',
    type: 'owner',
    email: 'olive@example.com',
  });
  await world.activate(await world.invite(olive.id, 'olive@example.com', ['documents']));
  return olive;
}

/** The value a response sets for a cookie, as a browser would send it back. */
function cookieSet(res: Response, name: string): string | undefined {
  const header = res.headers.getSetCookie().find((line) => line.startsWith(`${name}=`));
  return header?.split(';')[0];
}

const refresh = (world: PortalWorld, cookie: string) =>
  world.app.request('/v1/portal/refresh', json('POST', {}, { cookie }));

test('where the browser keeps cookies, the refresh token never reaches a response body', async (t) => {
  const world = await portalWorld(t);
  await activeOwner(world);

  // A page load with no session: 401, and a probe cookie to learn whether cookies come back.
  const resume = await world.app.request('/v1/portal/refresh', json('POST', {}));
  assert.equal(resume.status, 401);
  const probe = cookieSet(resume, PROBE);
  assert.ok(probe, 'the probe cookie is set');
  assert.match(
    resume.headers.getSetCookie().join('\n'),
    /signport_portal_cookies=1;.*HttpOnly.*Partitioned/,
  );

  const login = await world.login('olive@example.com', undefined, { cookie: probe });
  assert.equal(login.status, 200);
  const tokens = await body<PortalTokens & Record<string, unknown>>(login);
  assert.ok(tokens.accessToken);
  assert.equal(tokens.refreshToken, undefined, 'no refresh token in the body');
  const cookie = cookieSet(login, REFRESH);
  assert.ok(cookie);
  assert.ok(!JSON.stringify(tokens).includes(cookie.split('=')[1]!));

  // A reload resumes from the cookie alone, and the body stays free of the token.
  const resumed = await refresh(world, `${probe}; ${cookie}`);
  assert.equal(resumed.status, 200);
  assert.equal((await body<PortalTokens>(resumed)).refreshToken, undefined);
  assert.ok(cookieSet(resumed, REFRESH), 'the rotated token goes back in the cookie');

  // Without any portal cookie (curl, or a browser refusing them) the body carries it.
  const bare = await world.login('olive@example.com');
  assert.ok((await body<PortalTokens>(bare)).refreshToken);
});

test('tabs sharing the cookie do not revoke each other; a reuse after the grace revokes the family', async (t) => {
  const world = await portalWorld(t);
  await activeOwner(world);
  const login = await world.login('olive@example.com', undefined, { cookie: `${PROBE}=1` });
  const first = cookieSet(login, REFRESH)!;

  // Two tabs reload at once, both sending the same cookie: both resume.
  const [tabA, tabB] = await Promise.all([refresh(world, first), refresh(world, first)]);
  assert.deepEqual([tabA.status, tabB.status], [200, 200]);
  const tabATokens = await body<PortalTokens>(tabA);
  const latest = cookieSet(tabB, REFRESH)!;

  // Later, tab A refreshes with the cookie as it is now, and works on.
  world.time.advance(8 * 60 * 1000);
  const later = await refresh(world, latest);
  assert.equal(later.status, 200);
  const current = cookieSet(later, REFRESH)!;

  // A copy of the first token, stolen and replayed minutes later, is a reuse: the family ends.
  const stolen = await refresh(world, first);
  assert.equal(stolen.status, 401);
  assert.equal((await refresh(world, current)).status, 401, 'the live cookie dies with it');
  assert.equal(
    (await world.asClient(tabATokens.accessToken, 'GET', '/v1/portal/me')).status,
    401,
    'and the access tokens of the family',
  );
});

test('a sign-in link by email: same answer for anyone, works once, within 15 minutes', async (t) => {
  const world = await portalWorld(t);
  const olive = await activeOwner(world);
  const setUrl = await world.app.request(
    '/v1/account',
    json('PATCH', { portalUrl: `${SHORELINE}/portal?link={token}` }, bearer(world.secretKey)),
  );
  assert.equal(setUrl.status, 200);
  const ask = (username: string) =>
    world.app.request(
      '/v1/portal/sign-in-link',
      json('POST', { accountId: world.accountId, username }, { origin: SHORELINE }),
    );

  const known = await ask('olive@example.com');
  const unknown = await ask('nobody@example.com');
  assert.deepEqual([known.status, unknown.status], [202, 202]);
  assert.deepEqual(await body(known), await body(unknown), 'the same answer either way');
  const email = await world.lastEmailTo('olive@example.com');
  assert.equal(email?.subject, 'Your sign-in link');
  assert.equal(await world.lastEmailTo('nobody@example.com'), undefined);
  const token = onPortalPage.exec(email?.text ?? '')?.[1];
  assert.ok(token && token.startsWith('signin_'), email?.text);

  // It cannot choose a password.
  const asActivation = await world.app.request(
    '/v1/portal/activate',
    json('POST', { token, password: 'another horse battery staple' }),
  );
  assert.equal(asActivation.status, 401);

  const confirm = (linkToken: string) =>
    world.app.request('/v1/portal/sign-in-link/confirm', json('POST', { token: linkToken }));
  const signedIn = await confirm(token);
  assert.equal(signedIn.status, 200, await signedIn.clone().text());
  const tokens = await body<PortalTokens>(signedIn);
  const me = await world.asClient(tokens.accessToken, 'GET', '/v1/portal/me');
  assert.equal((await body<{ client: { id: string } }>(me)).client.id, olive.id);
  assert.equal((await confirm(token)).status, 401, 'single use');

  // A new link expires after 15 minutes.
  await ask('olive@example.com');
  const next = onPortalPage.exec((await world.lastEmailTo('olive@example.com'))?.text ?? '')?.[1];
  assert.ok(next && next !== token);
  world.time.advance(15 * 60 * 1000 + 1);
  const expired = await confirm(next);
  assert.equal(expired.status, 401);
  assert.equal((await body<{ error: { code: string } }>(expired)).error.code, 'token_expired');
});
