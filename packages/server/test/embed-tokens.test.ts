import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SignJWT, decodeJwt } from 'jose';
import { createApp } from '../src/app.js';
import {
  PUBLIC_URL,
  TEST_SECRET,
  bearer,
  json,
  seedAccount,
  testApp,
  testConfig,
  userWithToken,
} from './support/test-server.js';

const key = new TextEncoder().encode(TEST_SECRET);

async function errorCode(res: Response) {
  return ((await res.json()) as { error: { code: string } }).error.code;
}

function craft(
  claims: { sub: string; acc: string; aud?: string; iss?: string; exp?: number },
  signingKey = key,
) {
  return new SignJWT({ acc: claims.acc })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub)
    .setAudience(claims.aud ?? 'signport:embed')
    .setIssuer(claims.iss ?? PUBLIC_URL)
    .setExpirationTime(claims.exp ?? Math.floor(Date.now() / 1000) + 600)
    .sign(signingKey);
}

test('an embed token minted with the secret key opens GET /v1/me', async (t) => {
  const ctx = await testApp(t);
  const account = await seedAccount(ctx);
  await ctx.app.request(
    '/v1/users/betty',
    json('PUT', { name: 'Betty Agent', email: 'betty@shoreline.test' }, bearer(account.secretKey)),
  );

  const minted = await ctx.app.request(
    '/v1/embed-tokens',
    json('POST', { externalId: 'betty', ttlSeconds: 300 }, bearer(account.secretKey)),
  );
  assert.equal(minted.status, 201);
  const { token, expiresAt } = (await minted.json()) as { token: string; expiresAt: string };
  assert.equal(expiresAt, new Date(ctx.time.clock().getTime() + 300_000).toISOString());
  const claims = decodeJwt(token);
  assert.equal(claims.aud, 'signport:embed');
  assert.equal(claims.iss, PUBLIC_URL);
  assert.equal(claims.acc, account.accountId);
  assert.match(String(claims.sub), /^usr_/);

  const me = await ctx.app.request('/v1/me', { headers: bearer(token) });
  assert.equal(me.status, 200);
  const body = (await me.json()) as {
    user: { externalId: string; name: string; id: string };
    account: unknown;
  };
  assert.equal(body.user.externalId, 'betty');
  assert.equal(body.user.name, 'Betty Agent');
  assert.equal(body.user.id, claims.sub);
  assert.deepEqual(body.account, { id: account.accountId, name: 'Shoreline Realty' });
});

test('a token for a user the account does not have is a 404 on externalId', async (t) => {
  const ctx = await testApp(t);
  const first = await seedAccount(ctx);
  const second = await seedAccount(ctx, 'Harbor', []);
  await userWithToken(ctx.app, first.secretKey, 'betty');
  const res = await ctx.app.request(
    '/v1/embed-tokens',
    json('POST', { externalId: 'betty' }, bearer(second.secretKey)),
  );
  assert.equal(res.status, 404);
  const { error } = (await res.json()) as { error: { code: string; field: string } };
  assert.equal(error.code, 'not_found');
  assert.equal(error.field, 'externalId');
});

test('a lifetime over one hour is refused', async (t) => {
  const ctx = await testApp(t);
  const account = await seedAccount(ctx);
  const res = await ctx.app.request(
    '/v1/embed-tokens',
    json('POST', { externalId: 'betty', ttlSeconds: 7200 }, bearer(account.secretKey)),
  );
  assert.equal(res.status, 400);
  assert.equal(((await res.json()) as { error: { field: string } }).error.field, 'ttlSeconds');
});

test('an expired token is a 401 token_expired', async (t) => {
  const ctx = await testApp(t);
  const account = await seedAccount(ctx);
  const { token } = await userWithToken(ctx.app, account.secretKey);
  ctx.time.advance(15 * 60_000 + 1000);
  const res = await ctx.app.request('/v1/me', { headers: bearer(token) });
  assert.equal(res.status, 401);
  assert.equal(await errorCode(res), 'token_expired');
});

test('tokens with the wrong audience, issuer, key, account or shape are 401 unauthorized', async (t) => {
  const ctx = await testApp(t);
  const shoreline = await seedAccount(ctx);
  const harbor = await seedAccount(ctx, 'Harbor', ['https://harbor.test']);
  const { userId } = await userWithToken(ctx.app, shoreline.secretKey);
  const exp = Math.floor(ctx.time.clock().getTime() / 1000) + 600;
  const good = { sub: userId, acc: shoreline.accountId, exp };
  // Sanity: the crafted token with the right claims passes, so each refusal below is due to its one change.
  assert.equal(
    (await ctx.app.request('/v1/me', { headers: bearer(await craft(good)) })).status,
    200,
  );

  const refused = {
    'wrong audience': await craft({ ...good, aud: 'signport:portal' }),
    'wrong issuer': await craft({ ...good, iss: 'https://evil.test' }),
    'another key': await craft(
      good,
      new TextEncoder().encode('another-secret-that-is-32-characters-long!'),
    ),
    'foreign account claim': await craft({ ...good, acc: harbor.accountId }),
    'unknown user': await craft({ ...good, sub: 'usr_nobody' }),
    'not a jwt': 'abc.def.ghi',
  };
  for (const [why, token] of Object.entries(refused)) {
    const res = await ctx.app.request('/v1/me', { headers: bearer(token) });
    assert.equal(res.status, 401, why);
    assert.equal(await errorCode(res), 'unauthorized', why);
  }
  const none = await ctx.app.request('/v1/me');
  assert.equal(none.status, 401);
});

test('a secret key is not an embed token, and an embed token is not a secret key', async (t) => {
  const ctx = await testApp(t);
  const account = await seedAccount(ctx);
  const { token } = await userWithToken(ctx.app, account.secretKey);
  assert.equal(
    (await ctx.app.request('/v1/me', { headers: bearer(account.secretKey) })).status,
    401,
  );
  const res = await ctx.app.request(
    '/v1/users/alice',
    json('PUT', { name: 'Alice', email: 'alice@x.test' }, bearer(token)),
  );
  assert.equal(res.status, 401);
});

test('without SIGNPORT_SECRET a generated key is kept in the database and shared by every instance', async (t) => {
  const ctx = await testApp(t, { config: testConfig({ SIGNPORT_SECRET: '' }) });
  const account = await seedAccount(ctx);
  const { token } = await userWithToken(ctx.app, account.secretKey);
  const secondInstance = createApp({ db: ctx.db, config: ctx.config, clock: ctx.time.clock });
  assert.equal((await secondInstance.request('/v1/me', { headers: bearer(token) })).status, 200);
  const configuredSecret = createApp({ db: ctx.db, config: testConfig(), clock: ctx.time.clock });
  assert.equal((await configuredSecret.request('/v1/me', { headers: bearer(token) })).status, 401);
});
