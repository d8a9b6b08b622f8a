import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AccountSettings } from '@signport/core';
import { createAccount } from '../src/capabilities/accounts/create-account.js';
import { runCommand } from '../src/cli/run-command.js';
import { bearer, json, userWithToken } from './support/test-server.js';
import { PASSWORD, SHORELINE, body, portalWorld } from './support/portal-fixture.js';

const PORTAL_PAGE = `${SHORELINE}/portal?activate={token}`;
const onPortalPage = /https:\/\/www\.shoreline\.test\/portal\?activate=([\w-]+)/;

test('emailed portal links open the account’s own portal page once it sets one', async (t) => {
  const world = await portalWorld(t);
  const patch = (body: unknown, token = world.secretKey) =>
    world.app.request('/v1/account', json('PATCH', body, bearer(token)));
  const olive = await world.addClient({
    name: 'Olive Owner',
    type: 'owner',
    email: 'olive@example.com',
  });

  // A URL without {token}, or an embed token, changes nothing.
  const refused = await patch({ portalUrl: `${SHORELINE}/portal` });
  assert.equal(refused.status, 400);
  const { error } = await body<{ error: { code: string; field: string } }>(refused);
  assert.deepEqual([error.code, error.field], ['validation_failed', 'portalUrl']);
  assert.equal((await patch({ portalUrl: 'javascript:{token}' })).status, 400);
  assert.equal((await patch({ portalUrl: PORTAL_PAGE }, world.agent.token)).status, 401);
  await world.invite(olive.id, 'olive@example.com', ['documents']);

  const set = await patch({ portalUrl: PORTAL_PAGE });
  assert.equal(set.status, 200);
  assert.deepEqual(await body<AccountSettings>(set), {
    id: world.accountId,
    name: 'Shoreline Realty',
    signingUrl: null,
    portalUrl: PORTAL_PAGE,
  });
  // Only the fields sent change.
  const signing = await patch({ signingUrl: `${SHORELINE}/sign?token={token}` });
  assert.deepEqual(
    (({ signingUrl, portalUrl }) => ({ signingUrl, portalUrl }))(
      await body<AccountSettings>(signing),
    ),
    { signingUrl: `${SHORELINE}/sign?token={token}`, portalUrl: PORTAL_PAGE },
  );

  // The invitation now links to the host's page; its token activates the login there.
  const invite = await world.asAgent('POST', `/v1/clients/${olive.id}/portal-access/invite`);
  assert.equal(invite.status, 200);
  const invitation = await world.lastEmailTo('olive@example.com');
  const token = onPortalPage.exec(invitation?.text ?? '')?.[1];
  assert.ok(token, invitation?.text);
  assert.doesNotMatch(invitation?.text ?? '', /\/p\/activate\//);
  await world.activate(token);

  // So does the reset a client asks for from the login page.
  const asked = await world.app.request(
    '/v1/portal/password-reset',
    json('POST', { accountId: world.accountId, username: 'olive@example.com' }),
  );
  assert.equal(asked.status, 202);
  const reset = await world.lastEmailTo('olive@example.com');
  assert.match(reset?.subject ?? '', /Reset your client login password/);
  const resetToken = onPortalPage.exec(reset?.text ?? '')?.[1];
  assert.ok(resetToken, reset?.text);
  const confirmed = await world.app.request(
    '/v1/portal/password-reset/confirm',
    json('POST', { token: resetToken, password: `${PASSWORD} again` }),
  );
  assert.equal(confirmed.status, 200);

  // Another account still gets the hosted page.
  const other = await createAccount(
    world.db,
    { name: 'Harbour Homes', origins: ['https://harbour.test'] },
    world.time.clock,
  );
  const otherAgent = await userWithToken(world.app, other.secretKey, 'hank');
  const hank = await world.app.request(
    '/v1/clients',
    json(
      'POST',
      { name: 'Hana Owner', type: 'owner', email: 'hana@example.com' },
      bearer(otherAgent.token),
    ),
  );
  const hanaId = (await body<{ id: string }>(hank)).id;
  const asHank = (method: string, path: string, payload?: unknown) =>
    world.app.request(path, json(method, payload ?? {}, bearer(otherAgent.token)));
  assert.equal(
    (
      await asHank('PUT', `/v1/clients/${hanaId}/portal-access`, {
        profile: { mode: 'new' },
        grants: ['documents'],
      })
    ).status,
    200,
  );
  assert.equal((await asHank('POST', `/v1/clients/${hanaId}/portal-access/invite`)).status, 200);
  assert.match((await world.lastEmailTo('hana@example.com'))?.text ?? '', /\/p\/activate\/[\w-]+/);

  // null goes back to the hosted page.
  const cleared = await patch({ portalUrl: null });
  assert.equal((await body<AccountSettings>(cleared)).portalUrl, null);
  await world.asAgent('POST', `/v1/clients/${olive.id}/portal-access/invite`);
  assert.ok(await world.linkTokenFor('olive@example.com'));
});

test('the CLI sets and clears the portal page, alone or with the signing page', async (t) => {
  const world = await portalWorld(t);
  const cli = { db: world.db, clock: world.time.clock };
  const set = (...options: string[]) =>
    runCommand(['account', 'set', '--account', world.accountId, ...options], cli);

  assert.deepEqual(await set('--portal-url', PORTAL_PAGE), {
    id: world.accountId,
    name: 'Shoreline Realty',
    signingUrl: null,
    portalUrl: PORTAL_PAGE,
  });
  const both = (await set(
    '--signing-url',
    `${SHORELINE}/sign?token={token}`,
    '--portal-url',
    '',
  )) as AccountSettings;
  assert.deepEqual([both.signingUrl, both.portalUrl], [`${SHORELINE}/sign?token={token}`, null]);

  // Refusals name the option and change nothing.
  await assert.rejects(
    set('--portal-url', `${SHORELINE}/portal`),
    /^UsageError: --portal-url: .*\{token\}/,
  );
  await assert.rejects(set(), /Give --signing-url, --portal-url or both/);
  await assert.rejects(
    runCommand(['account', 'set', '--account', 'acc_missing', '--portal-url', PORTAL_PAGE], cli),
    /No account acc_missing/,
  );
  const after = await world.app.request('/v1/account', json('PATCH', {}, bearer(world.secretKey)));
  const settings = await body<AccountSettings>(after);
  assert.deepEqual(
    [settings.signingUrl, settings.portalUrl],
    [`${SHORELINE}/sign?token={token}`, null],
  );
});
