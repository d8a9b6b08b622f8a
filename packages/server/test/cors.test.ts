import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addAccountOrigin } from '../src/capabilities/accounts/add-account-origin.js';
import { removeAccountOrigin } from '../src/capabilities/accounts/remove-account-origin.js';
import {
  bearer,
  json,
  seedAccount,
  tempDir,
  testApp,
  userWithToken,
} from './support/test-server.js';

const SHORELINE = 'https://www.shoreline.test';
const HARBOR = 'https://harbor.test';
const STRANGER = 'https://evil.test';

function preflight(origin: string) {
  return {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'GET',
      'access-control-request-headers': 'authorization',
    },
  };
}

test('a preflight from an allowlisted origin is answered; from any other origin it is not', async (t) => {
  const ctx = await testApp(t);
  await seedAccount(ctx, 'Shoreline', [SHORELINE]);
  const allowed = await ctx.app.request('/v1/me', preflight(SHORELINE));
  assert.equal(allowed.status, 204);
  assert.equal(allowed.headers.get('access-control-allow-origin'), SHORELINE);
  assert.match(allowed.headers.get('vary') ?? '', /Origin/);
  const allowHeaders = allowed.headers.get('access-control-allow-headers') ?? '';
  for (const header of ['Authorization', 'Content-Type', 'Idempotency-Key', 'X-Request-Id']) {
    assert.ok(allowHeaders.includes(header), header);
  }

  const refused = await ctx.app.request('/v1/me', preflight(STRANGER));
  assert.equal(refused.headers.get('access-control-allow-origin'), null);
  assert.equal(refused.status, 403);
});

test('an embed-token request gets Access-Control-Allow-Origin only from its own account origins', async (t) => {
  const ctx = await testApp(t);
  const shoreline = await seedAccount(ctx, 'Shoreline', [SHORELINE]);
  await seedAccount(ctx, 'Harbor', [HARBOR]);
  const { token } = await userWithToken(ctx.app, shoreline.secretKey);

  const own = await ctx.app.request('/v1/me', { headers: { origin: SHORELINE, ...bearer(token) } });
  assert.equal(own.status, 200);
  assert.equal(own.headers.get('access-control-allow-origin'), SHORELINE);
  assert.match(own.headers.get('access-control-expose-headers') ?? '', /X-Request-Id/);

  // Harbor's origin passes a preflight (it is on some allowlist) but is not Shoreline's.
  for (const origin of [HARBOR, STRANGER]) {
    const res = await ctx.app.request('/v1/me', { headers: { origin, ...bearer(token) } });
    assert.equal(res.status, 403, origin);
    assert.equal(res.headers.get('access-control-allow-origin'), null, origin);
    assert.equal(
      ((await res.json()) as { error: { code: string } }).error.code,
      'origin_not_allowed',
    );
  }
});

test('origins added or removed take effect on the next request', async (t) => {
  const ctx = await testApp(t);
  const shoreline = await seedAccount(ctx, 'Shoreline', [SHORELINE]);
  const { token } = await userWithToken(ctx.app, shoreline.secretKey);
  const extra = 'http://localhost:5173';
  assert.equal(
    (await ctx.app.request('/v1/me', { headers: { origin: extra, ...bearer(token) } })).status,
    403,
  );
  await addAccountOrigin(ctx.db, shoreline.accountId, `${extra}/`, ctx.time.clock);
  assert.equal(
    (await ctx.app.request('/v1/me', { headers: { origin: extra, ...bearer(token) } })).status,
    200,
  );
  await removeAccountOrigin(ctx.db, shoreline.accountId, SHORELINE);
  assert.equal(
    (await ctx.app.request('/v1/me', { headers: { origin: SHORELINE, ...bearer(token) } })).status,
    403,
  );
});

test('requests without Origin are server to server: no CORS headers, no origin check', async (t) => {
  const ctx = await testApp(t);
  const shoreline = await seedAccount(ctx, 'Shoreline', [SHORELINE]);
  const { token } = await userWithToken(ctx.app, shoreline.secretKey);
  const res = await ctx.app.request('/v1/me', { headers: bearer(token) });
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('access-control-allow-origin'), null);
});

test('secret-key calls are never readable cross-origin; a 401 is, so a page can refresh its token', async (t) => {
  const ctx = await testApp(t);
  const shoreline = await seedAccount(ctx, 'Shoreline', [SHORELINE]);
  const secretCall = await ctx.app.request(
    '/v1/users/betty',
    json(
      'PUT',
      { name: 'Betty', email: 'betty@shoreline.test' },
      { origin: SHORELINE, ...bearer(shoreline.secretKey) },
    ),
  );
  assert.equal(secretCall.status, 201);
  assert.equal(secretCall.headers.get('access-control-allow-origin'), null);

  const expired = await ctx.app.request('/v1/me', {
    headers: { origin: SHORELINE, ...bearer('expired.or.bad') },
  });
  assert.equal(expired.status, 401);
  assert.equal(expired.headers.get('access-control-allow-origin'), SHORELINE);
  const stranger = await ctx.app.request('/v1/me', {
    headers: { origin: STRANGER, ...bearer('expired.or.bad') },
  });
  assert.equal(stranger.headers.get('access-control-allow-origin'), null);
});

test('the elements bundle is served to any origin, cacheable and cross-origin embeddable', async (t) => {
  const elementsDir = tempDir(t);
  mkdirSync(join(elementsDir, 'sign-session'));
  writeFileSync(join(elementsDir, 'signport.js'), 'export const loaded = true;\n');
  const ctx = await testApp(t, { elementsDir });
  const res = await ctx.app.request('/elements/signport.js', { headers: { origin: STRANGER } });
  assert.equal(res.status, 200);
  assert.equal(await res.text(), 'export const loaded = true;\n');
  assert.match(res.headers.get('content-type') ?? '', /javascript/);
  assert.equal(res.headers.get('access-control-allow-origin'), '*');
  assert.equal(res.headers.get('cross-origin-resource-policy'), 'cross-origin');
  assert.match(res.headers.get('cache-control') ?? '', /max-age=\d+/);

  const traversal = await ctx.app.request('/elements/../package.json');
  assert.notEqual(traversal.status, 200);
  const missing = await ctx.app.request('/elements/nope.js');
  assert.equal(missing.status, 404);
  assert.equal(((await missing.json()) as { error: { code: string } }).error.code, 'not_found');
});
