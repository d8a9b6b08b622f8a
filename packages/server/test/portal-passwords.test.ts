import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hash } from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import { portalLogins } from '../src/platform/db/schema/index.js';
import { json } from './support/test-server.js';
import { body, portalWorld } from './support/portal-fixture.js';

type ErrorBody = { error: { code: string; field?: string; message: string } };

async function invited(t: Parameters<typeof portalWorld>[0]) {
  const world = await portalWorld(t);
  const olive = await world.addClient({ name: 'Olive', type: 'owner', email: 'olive@example.com' });
  const token = await world.invite(olive.id, 'olive@example.com', ['documents']);
  return { world, token };
}

test('common and breached passwords are refused on activation and reset, whatever their case', async (t) => {
  const { world, token } = await invited(t);
  for (const password of [
    'password',
    '12345678',
    'Password1',
    'QWERTYUIOP',
    'iloveyou2',
    'ｐａｓｓｗｏｒｄ',
  ]) {
    const res = await world.app.request('/v1/portal/activate', json('POST', { token, password }));
    assert.equal(res.status, 400, password);
    const { error } = await body<ErrorBody>(res);
    assert.equal(error.code, 'password_too_common', password);
    assert.equal(error.field, 'password');
    assert.match(error.message, /common or breached/);
  }
  // Nothing was used up: the link still sets an uncommon password.
  await world.activate(token, 'Tr0ub4dor&3 on a boat');

  await world.app.request(
    '/v1/portal/password-reset',
    json('POST', { accountId: world.accountId, username: 'olive@example.com' }),
  );
  const reset = await world.linkTokenFor('olive@example.com');
  const refused = await world.app.request(
    '/v1/portal/password-reset/confirm',
    json('POST', { token: reset, password: 'letmein123' }),
  );
  assert.equal(refused.status, 400);
  assert.equal((await body<ErrorBody>(refused)).error.code, 'password_too_common');
  assert.equal((await world.login('olive@example.com', 'Tr0ub4dor&3 on a boat')).status, 200);
});

test('a password set with composed accents works typed with decomposed ones, and back', async (t) => {
  const { world, token } = await invited(t);
  const composed = 'Crème brûlée à la carte'.normalize('NFC');
  const decomposed = composed.normalize('NFD');
  assert.notEqual(composed, decomposed);
  await world.activate(token, composed);
  assert.equal((await world.login('olive@example.com', decomposed)).status, 200);
  assert.equal((await world.login('olive@example.com', composed)).status, 200);

  await world.app.request(
    '/v1/portal/password-reset',
    json('POST', { accountId: world.accountId, username: 'olive@example.com' }),
  );
  const reset = await world.linkTokenFor('olive@example.com');
  const confirm = await world.app.request(
    '/v1/portal/password-reset/confirm',
    json('POST', { token: reset, password: `${decomposed} ﬁnale` }),
  );
  assert.equal(confirm.status, 200);
  // NFKC also folds compatibility forms: the "ﬁ" ligature is "fi".
  assert.equal((await world.login('olive@example.com', `${composed} finale`)).status, 200);
});

test('a password hashed before normalization still signs in as typed then', async (t) => {
  const { world, token } = await invited(t);
  await world.activate(token);
  const typedThen = 'Ole\u0301 old phrase';
  await world.db
    .update(portalLogins)
    .set({ passwordHash: await hash(typedThen) })
    .where(eq(portalLogins.username, 'olive@example.com'));
  assert.equal((await world.login('olive@example.com', typedThen)).status, 200);
});

test('8 to 256 characters: a 64-character passphrase is welcome', async (t) => {
  const { world, token } = await invited(t);
  const long = 'a sixty-four character passphrase, of words nobody else uses, ok';
  assert.equal(long.length, 64);
  await world.activate(token, long);
  assert.equal((await world.login('olive@example.com', long)).status, 200);
});

test('the hosted page shows the refusal of a common password by the password field', async (t) => {
  const { world, token } = await invited(t);
  const post = (password: string) =>
    world.app.request(`/p/activate/${token}`, {
      method: 'POST',
      body: new URLSearchParams({ password, confirm: password }),
    });
  const refused = await post('password123');
  assert.equal(refused.status, 400);
  const page = await refused.text();
  assert.match(page, /role="alert">This password is one of the most common/);
  assert.match(page, /name="password"/, 'the form is shown again');
  assert.equal((await post('a sentence only I would write')).status, 200);
});
