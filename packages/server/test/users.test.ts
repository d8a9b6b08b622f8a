import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rotateSecretKey } from '../src/capabilities/accounts/rotate-secret-key.js';
import { bearer, json, seedAccount, testApp } from './support/test-server.js';

const betty = { name: 'Betty Agent', email: 'betty@shoreline.test' };

async function errorOf(res: Response) {
  return ((await res.json()) as { error: { code: string; message: string; field?: string } }).error;
}

test('PUT /v1/users/{externalId} creates (201) then updates (200) the user', async (t) => {
  const ctx = await testApp(t);
  const { secretKey } = await seedAccount(ctx);
  const created = await ctx.app.request('/v1/users/betty', json('PUT', betty, bearer(secretKey)));
  assert.equal(created.status, 201);
  const user = (await created.json()) as Record<string, unknown>;
  assert.equal(user.externalId, 'betty');
  assert.equal(user.name, 'Betty Agent');
  assert.deepEqual(user.branding, {});
  assert.match(String(user.id), /^usr_/);

  ctx.time.advance(60_000);
  const branding = { color: '#1a73e8', signatureBlock: 'Betty Agent, Shoreline Realty' };
  const updated = await ctx.app.request(
    '/v1/users/betty',
    json('PUT', { ...betty, name: 'Betty A. Agent', branding }, bearer(secretKey)),
  );
  assert.equal(updated.status, 200);
  const after = (await updated.json()) as Record<string, unknown>;
  assert.equal(after.id, user.id);
  assert.equal(after.name, 'Betty A. Agent');
  assert.deepEqual(after.branding, branding);
  assert.equal(after.createdAt, user.createdAt);
  assert.notEqual(after.updatedAt, user.updatedAt);
});

test('the same external id in two accounts is two different users', async (t) => {
  const ctx = await testApp(t);
  const first = await seedAccount(ctx, 'Shoreline');
  const second = await seedAccount(ctx, 'Harbor', ['https://harbor.test']);
  const a = await ctx.app.request('/v1/users/betty', json('PUT', betty, bearer(first.secretKey)));
  const b = await ctx.app.request(
    '/v1/users/betty',
    json('PUT', { ...betty, name: 'Other Betty' }, bearer(second.secretKey)),
  );
  assert.equal(a.status, 201);
  assert.equal(b.status, 201);
  assert.notEqual(((await a.json()) as { id: string }).id, ((await b.json()) as { id: string }).id);
});

test('a missing, malformed, unknown or revoked secret key is a 401', async (t) => {
  const ctx = await testApp(t);
  const account = await seedAccount(ctx);
  const attempts: Record<string, string>[] = [
    {},
    { authorization: 'Basic abc' },
    bearer('sk_not-a-real-key'),
    bearer(account.secretKey.slice(0, -1) + (account.secretKey.endsWith('A') ? 'B' : 'A')),
  ];
  for (const headers of attempts) {
    const res = await ctx.app.request('/v1/users/betty', json('PUT', betty, headers));
    assert.equal(res.status, 401, JSON.stringify(headers));
    assert.equal((await errorOf(res)).code, 'unauthorized');
  }
  const { secretKey: newKey } = await rotateSecretKey(ctx.db, account.accountId, ctx.time.clock);
  const revoked = await ctx.app.request(
    '/v1/users/betty',
    json('PUT', betty, bearer(account.secretKey)),
  );
  assert.equal(revoked.status, 401);
  const fresh = await ctx.app.request('/v1/users/betty', json('PUT', betty, bearer(newKey)));
  assert.equal(fresh.status, 201);
});

test('invalid input is a 400 validation_failed naming the field, and changes nothing', async (t) => {
  const ctx = await testApp(t);
  const { secretKey } = await seedAccount(ctx);
  const cases: [unknown, string, RegExp][] = [
    [{ ...betty, email: 'not-an-email' }, 'email', /^email: /],
    [{ email: betty.email }, 'name', /^name is required\.$/],
    [{ ...betty, branding: { color: 'red' } }, 'branding.color', /hex colour/],
    [
      { ...betty, branding: { logoUrl: 'javascript:alert(1)' } },
      'branding.logoUrl',
      /^branding\.logoUrl: /,
    ],
  ];
  for (const [body, field, message] of cases) {
    const res = await ctx.app.request('/v1/users/betty', json('PUT', body, bearer(secretKey)));
    assert.equal(res.status, 400, JSON.stringify(body));
    const error = await errorOf(res);
    assert.equal(error.code, 'validation_failed');
    assert.equal(error.field, field);
    assert.match(error.message, message);
  }
  const badId = await ctx.app.request('/v1/users/bad%20id', json('PUT', betty, bearer(secretKey)));
  assert.equal(badId.status, 400);
  assert.equal((await errorOf(badId)).field, 'externalId');

  const accountsUsers = await ctx.db.query.users.findMany();
  assert.equal(accountsUsers.length, 0);
});

test('malformed JSON is a 400 invalid_json', async (t) => {
  const ctx = await testApp(t);
  const { secretKey } = await seedAccount(ctx);
  const res = await ctx.app.request('/v1/users/betty', {
    method: 'PUT',
    headers: { 'content-type': 'application/json', ...bearer(secretKey) },
    body: '{"name": "Betty",',
  });
  assert.equal(res.status, 400);
  assert.deepEqual(await errorOf(res), {
    code: 'invalid_json',
    message: 'The request body is not valid JSON.',
  });
});

test('a body that is not JSON is a 415', async (t) => {
  const ctx = await testApp(t);
  const { secretKey } = await seedAccount(ctx);
  const res = await ctx.app.request('/v1/users/betty', {
    method: 'PUT',
    headers: { 'content-type': 'text/plain', ...bearer(secretKey) },
    body: 'name=Betty',
  });
  assert.equal(res.status, 415);
  assert.equal((await errorOf(res)).code, 'unsupported_media_type');
});

test('a JSON body over 1 MB is a 413, with or without Content-Length', async (t) => {
  const ctx = await testApp(t);
  const { secretKey } = await seedAccount(ctx);
  const big = JSON.stringify({ ...betty, branding: { signatureBlock: 'x'.repeat(1024 * 1024) } });
  const streamed = await ctx.app.request('/v1/users/betty', {
    method: 'PUT',
    headers: { 'content-type': 'application/json', ...bearer(secretKey) },
    body: big,
  });
  assert.equal(streamed.status, 413);
  assert.equal((await errorOf(streamed)).code, 'payload_too_large');
  const declared = await ctx.app.request('/v1/users/betty', {
    method: 'PUT',
    headers: {
      'content-type': 'application/json',
      'content-length': String(big.length),
      ...bearer(secretKey),
    },
    body: big,
  });
  assert.equal(declared.status, 413);
});
