import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import type { PortalAccessSettings, PortalInvite, PortalMe } from '@signport/core';
import { portalLinkTokens, portalLogins } from '../src/platform/db/schema/index.js';
import { bearer, json, userWithToken } from './support/test-server.js';
import { PASSWORD, SHORELINE, body, portalWorld } from './support/portal-fixture.js';

const HOUR = 60 * 60 * 1000;

test('setup access: username defaults to the email, unique per account whatever the case', async (t) => {
  const world = await portalWorld(t);
  const olive = await world.addClient({
    name: 'Olive Owner',
    type: 'owner',
    email: 'olive@example.com',
  });
  assert.equal((await world.asAgent('GET', `/v1/clients/${olive.id}/portal-access`)).status, 404);

  const setup = await world.asAgent('PUT', `/v1/clients/${olive.id}/portal-access`, {
    profile: { mode: 'new' },
    grants: ['documents', 'feedback'],
    buyerNameDisplay: 'full_name',
  });
  assert.equal(setup.status, 200, await setup.clone().text());
  const settings = await body<PortalAccessSettings>(setup);
  assert.equal(settings.username, 'olive@example.com');
  assert.deepEqual(settings.grants, ['documents', 'feedback']);
  assert.equal(settings.buyerNameDisplay, 'full_name');
  assert.equal(settings.state, 'not_invited');
  assert.deepEqual(
    await body<PortalAccessSettings>(
      await world.asAgent('GET', `/v1/clients/${olive.id}/portal-access`),
    ),
    settings,
  );

  const oscar = await world.addClient({ name: 'Oscar Owner', type: 'owner' });
  const noEmail = await world.asAgent('PUT', `/v1/clients/${oscar.id}/portal-access`, {
    profile: { mode: 'new' },
    grants: [],
  });
  assert.equal(noEmail.status, 400);
  assert.equal((await body<{ error: { field: string } }>(noEmail)).error.field, 'profile.username');
  const taken = await world.asAgent('PUT', `/v1/clients/${oscar.id}/portal-access`, {
    profile: { mode: 'new', username: 'OLIVE@example.COM' },
    grants: [],
  });
  assert.equal(taken.status, 409);
  assert.equal((await body<{ error: { code: string } }>(taken)).error.code, 'conflict');

  // One login for several clients of the same person.
  const shared = await world.asAgent('PUT', `/v1/clients/${oscar.id}/portal-access`, {
    profile: { mode: 'existing', loginProfileId: settings.loginProfileId },
    grants: ['messages'],
  });
  assert.equal(shared.status, 200);
  assert.equal((await body<PortalAccessSettings>(shared)).username, 'olive@example.com');

  // Another agent of the account cannot attach their client to Olive's login.
  const carl = await userWithToken(world.app, world.secretKey, 'carl');
  const carls = await world.app.request(
    '/v1/clients',
    json('POST', { name: 'Cara', type: 'tenant' }, bearer(carl.token)),
  );
  const cara = await body<{ id: string }>(carls);
  const hijack = await world.app.request(
    `/v1/clients/${cara.id}/portal-access`,
    json(
      'PUT',
      { profile: { mode: 'existing', loginProfileId: settings.loginProfileId }, grants: [] },
      bearer(carl.token),
    ),
  );
  assert.equal(hijack.status, 404);
});

test('the invite emails a single-use 48-hour link, stored only as a hash; resending voids the old one', async (t) => {
  const world = await portalWorld(t);
  const olive = await world.addClient({
    name: 'Olive Owner',
    type: 'owner',
    email: 'olive@example.com',
  });
  assert.equal(
    (await world.host('POST', `/v1/clients/${olive.id}/portal-access/invite`)).status,
    409,
    'no access set up yet',
  );
  const first = await world.invite(olive.id, 'olive@example.com', ['documents']);
  assert.ok(Buffer.from(first, 'base64url').length >= 16, 'at least 128 bits');
  const email = await world.lastEmailTo('olive@example.com');
  assert.equal(email?.subject, 'Set up your client login');
  assert.match(email?.text ?? '', /Your username: olive@example\.com/);
  assert.match(email?.text ?? '', /within 48 hours/);
  const stored = await world.db.select().from(portalLinkTokens);
  assert.equal(stored.length, 1);
  assert.ok(!JSON.stringify(stored).includes(first), 'the token is not stored in clear');

  const again = await world.host('POST', `/v1/clients/${olive.id}/portal-access/invite`);
  const invite = await body<PortalInvite>(again);
  assert.equal(invite.sentTo, 'olive@example.com');
  assert.equal(invite.expiresAt, new Date(world.time.clock().getTime() + 48 * HOUR).toISOString());
  const second = await world.linkTokenFor('olive@example.com');
  assert.notEqual(second, first);

  const old = await world.app.request(
    '/v1/portal/activate',
    json('POST', { token: first, password: PASSWORD }),
  );
  assert.equal(old.status, 401, 're-sending invalidated the first link');
  await world.activate(second);
  const reused = await world.app.request(
    '/v1/portal/activate',
    json('POST', { token: second, password: PASSWORD }),
  );
  assert.equal(reused.status, 401, 'a link works once');
  const state = await body<PortalAccessSettings>(
    await world.host('GET', `/v1/clients/${olive.id}/portal-access`),
  );
  assert.equal(state.state, 'active');
});

test('an activation link expires after 48 hours', async (t) => {
  const world = await portalWorld(t);
  const olive = await world.addClient({
    name: 'Olive Owner',
    type: 'owner',
    email: 'olive@example.com',
  });
  const token = await world.invite(olive.id, 'olive@example.com', ['documents']);
  world.time.advance(48 * HOUR + 1000);
  const late = await world.app.request(
    '/v1/portal/activate',
    json('POST', { token, password: PASSWORD }),
  );
  assert.equal(late.status, 401);
  assert.equal((await body<{ error: { code: string } }>(late)).error.code, 'token_expired');
  const [login] = await world.db.select().from(portalLogins);
  assert.equal(login?.passwordHash, null, 'nothing changed');

  const fresh = await world.invite(olive.id, 'olive@example.com', ['documents'], {
    profile: { mode: 'existing', loginProfileId: login?.id },
  });
  world.time.advance(47 * HOUR);
  await world.activate(fresh);
});

test('re-sending the invite to an active login is the agent’s password reset; old sessions end', async (t) => {
  const world = await portalWorld(t);
  const olive = await world.addClient({
    name: 'Olive Owner',
    type: 'owner',
    email: 'olive@example.com',
  });
  const tokens = await world.activate(
    await world.invite(olive.id, 'olive@example.com', ['documents']),
  );
  const [login] = await world.db.select().from(portalLogins);
  assert.match(login?.passwordHash ?? '', /^\$argon2id\$/);
  assert.ok(!login?.passwordHash?.includes(PASSWORD));

  await world.host('POST', `/v1/clients/${olive.id}/portal-access/invite`);
  const reset = await world.lastEmailTo('olive@example.com');
  assert.equal(reset?.subject, 'Reset your client login password');
  const token = await world.linkTokenFor('olive@example.com');
  await world.activate(token, 'a brand new passphrase');

  const stale = await world.asClient(tokens.accessToken, 'GET', '/v1/portal/me');
  assert.equal(stale.status, 401, 'a password reset signs every open portal out');
  const notice = await world.lastEmailTo('olive@example.com');
  assert.equal(notice?.subject, 'Your client login password was changed');
  assert.equal((await world.login('olive@example.com')).status, 401);
  assert.equal((await world.login('olive@example.com', 'a brand new passphrase')).status, 200);
  const [after] = await world.db
    .select()
    .from(portalLogins)
    .where(eq(portalLogins.id, login?.id ?? ''));
  assert.notEqual(after?.passwordHash, login?.passwordHash);
});

test('the hosted activation page sets the password without scripts', async (t) => {
  const world = await portalWorld(t);
  const olive = await world.addClient({
    name: 'Olive Owner',
    type: 'owner',
    email: 'olive@example.com',
  });
  const token = await world.invite(olive.id, 'olive@example.com', ['documents']);
  const page = await world.app.request(`/p/activate/${token}`);
  assert.equal(page.status, 200);
  const html = await page.text();
  assert.match(html, /autocomplete="new-password"/);
  assert.match(html, /value="olive@example.com"/);
  assert.doesNotMatch(html, /<script/);
  assert.equal(page.headers.get('cache-control'), 'no-store');

  const post = (fields: Record<string, string>) =>
    world.app.request(`/p/activate/${token}`, {
      method: 'POST',
      body: new URLSearchParams(fields),
    });
  const short = await post({ password: 'short', confirm: 'short' });
  assert.equal(short.status, 400);
  assert.match(await short.text(), /at least 8 characters/);
  const mismatch = await post({ password: PASSWORD, confirm: `${PASSWORD}!` });
  assert.equal(mismatch.status, 400);
  const done = await post({ password: PASSWORD, confirm: PASSWORD });
  assert.equal(done.status, 200);
  assert.match(await done.text(), /Your password is set/);
  const me = await body<{ accessToken: string }>(await world.login('olive@example.com'));
  const portal = await body<PortalMe>(await world.asClient(me.accessToken, 'GET', '/v1/portal/me'));
  assert.equal(portal.client.name, 'Olive Owner');
  assert.equal((await world.app.request(`/p/activate/${token}`)).status, 404, 'used');
});

test('a set-password link tells its holder the username, for password managers, and nothing more', async (t) => {
  const world = await portalWorld(t);
  const olive = await world.addClient({
    name: 'Olive Owner',
    type: 'owner',
    email: 'olive@example.com',
  });
  const token = await world.invite(olive.id, 'olive@example.com', ['documents']);
  const describe = (linkToken: string, headers: Record<string, string> = {}) =>
    world.app.request(
      '/v1/portal/set-password-link',
      json('POST', { token: linkToken }, { origin: SHORELINE, ...headers }),
    );
  const codeOf = async (res: Response) =>
    (await body<{ error: { code: string; field?: string } }>(res)).error;

  const usable = await describe(token);
  assert.equal(usable.status, 200);
  const link = await body<{ username: string; purpose: string; expiresAt: string }>(usable);
  assert.equal(link.username, 'olive@example.com');
  assert.equal(link.purpose, 'invite');
  assert.equal(Date.parse(link.expiresAt) - world.time.clock().getTime(), 48 * HOUR);
  assert.equal(usable.headers.get('access-control-allow-origin'), SHORELINE);

  const elsewhere = await describe(token, { origin: 'https://stranger.test' });
  assert.equal(elsewhere.status, 403, 'only on the account’s own origins');
  assert.equal((await codeOf(elsewhere)).code, 'origin_not_allowed');
  const guessed = await describe('x'.repeat(43));
  assert.equal(guessed.status, 401);
  assert.deepEqual(await codeOf(guessed), {
    code: 'unauthorized',
    message: 'This link has already been used or replaced by a newer one. Ask for a new link.',
    field: 'token',
  });
  assert.equal((await describe(token)).status, 200, 'describing uses nothing up');

  world.time.advance(48 * HOUR + 1000);
  const late = await describe(token);
  assert.equal(late.status, 401);
  assert.equal((await codeOf(late)).code, 'token_expired');

  const fresh = await world.invite(olive.id, 'olive@example.com', ['documents'], {
    profile: {
      mode: 'existing',
      loginProfileId: (await world.db.select().from(portalLogins))[0]?.id,
    },
  });
  await world.activate(fresh);
  const used = await describe(fresh);
  assert.equal(used.status, 401);
  assert.equal((await codeOf(used)).code, 'unauthorized');
});
