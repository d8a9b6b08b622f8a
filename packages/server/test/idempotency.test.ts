import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { count, eq } from 'drizzle-orm';
import type { Client } from '@signport/core';
import { clientDocuments, clients, idempotencyKeys } from '../src/platform/db/schema/index.js';
import { bearer, json, seedAccount, testApp, userWithToken } from './support/test-server.js';

async function world(t: TestContext) {
  const base = await testApp(t);
  const shoreline = await seedAccount(base);
  const harbor = await seedAccount(base, 'Harbor Homes', ['https://www.harbor.test']);
  const post = (key: string, body: unknown, idempotencyKey?: string) =>
    base.app.request(
      '/v1/clients',
      json('POST', body, {
        ...bearer(key),
        ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
      }),
    );
  const clientCount = async (accountId: string) => {
    const [row] = await base.db
      .select({ n: count() })
      .from(clients)
      .where(eq(clients.accountId, accountId));
    return row?.n ?? 0;
  };
  return { ...base, shoreline, harbor, post, clientCount };
}

const bob = { name: 'Bob Buyer', type: 'buyer' };

test('a repeated request with the same key replays the first response and has no second effect', async (t) => {
  const w = await world(t);
  const first = await w.post(w.shoreline.secretKey, bob, 'create-bob-1');
  assert.equal(first.status, 201);
  assert.equal(first.headers.get('idempotent-replayed'), null);
  const created = (await first.json()) as Client;

  const again = await w.post(w.shoreline.secretKey, bob, 'create-bob-1');
  assert.equal(again.status, 201);
  assert.equal(again.headers.get('idempotent-replayed'), 'true');
  assert.match(again.headers.get('content-type') ?? '', /^application\/json/);
  assert.deepEqual(await again.json(), created);
  assert.equal(await w.clientCount(w.shoreline.accountId), 1);

  // Without a key, the same request is a new client.
  assert.equal((await w.post(w.shoreline.secretKey, bob)).status, 201);
  assert.equal(await w.clientCount(w.shoreline.accountId), 2);
});

test('the same key with another request is 422 idempotency_key_reused and changes nothing', async (t) => {
  const w = await world(t);
  assert.equal((await w.post(w.shoreline.secretKey, bob, 'k-1')).status, 201);
  const other = await w.post(w.shoreline.secretKey, { ...bob, name: 'Robert Buyer' }, 'k-1');
  assert.equal(other.status, 422);
  const { error } = (await other.json()) as { error: { code: string; field: string } };
  assert.deepEqual([error.code, error.field], ['idempotency_key_reused', 'Idempotency-Key']);
  assert.equal(await w.clientCount(w.shoreline.accountId), 1);

  const [created] = await w.db.select().from(clients);
  const otherPath = await w.app.request(`/v1/clients/${created?.id}`, {
    ...json('PATCH', bob, bearer(w.shoreline.secretKey)),
    headers: {
      ...bearer(w.shoreline.secretKey),
      'content-type': 'application/json',
      'idempotency-key': 'k-1',
    },
  });
  assert.equal(otherPath.status, 422, 'another method and path is another request');
});

test('concurrent requests with one key run once: the other is refused as in progress or replayed', async (t) => {
  const w = await world(t);
  const responses = await Promise.all(
    Array.from({ length: 5 }, () => w.post(w.shoreline.secretKey, bob, 'burst')),
  );
  const statuses = responses.map((res) => res.status);
  assert.ok(
    statuses.every((status) => status === 201 || status === 409),
    statuses.join(),
  );
  const created = await Promise.all(
    responses.filter((res) => res.status === 201).map((res) => res.json() as Promise<Client>),
  );
  assert.ok(created.length >= 1);
  assert.equal(new Set(created.map((client) => client.id)).size, 1);
  for (const res of responses.filter((res) => res.status === 409)) {
    assert.equal(
      ((await res.json()) as { error: { code: string } }).error.code,
      'idempotency_key_in_progress',
    );
  }
  assert.equal(await w.clientCount(w.shoreline.accountId), 1);
});

test('keys are per caller: other accounts and other users never collide', async (t) => {
  const w = await world(t);
  const shoreline = await w.post(w.shoreline.secretKey, bob, 'shared-key');
  const harbor = await w.post(w.harbor.secretKey, bob, 'shared-key');
  assert.equal(harbor.status, 201);
  assert.equal(harbor.headers.get('idempotent-replayed'), null);
  assert.notEqual(((await harbor.json()) as Client).id, ((await shoreline.json()) as Client).id);
  assert.equal(await w.clientCount(w.harbor.accountId), 1);

  // A different body under the same key from another account is its own first request, not a 422.
  assert.equal(
    (await w.post(w.harbor.secretKey, { ...bob, name: 'Other' }, 'other-key')).status,
    201,
  );
  assert.equal((await w.post(w.shoreline.secretKey, bob, 'other-key')).status, 201);

  // A user of the account is another caller than its secret key; a refreshed token is the same user.
  const betty = await userWithToken(w.app, w.shoreline.secretKey, 'betty');
  const asBetty = await w.post(betty.token, bob, 'shared-key');
  assert.equal(asBetty.status, 201);
  assert.equal(asBetty.headers.get('idempotent-replayed'), null);
  w.time.advance(1000);
  const refreshed = await userWithToken(w.app, w.shoreline.secretKey, 'betty');
  assert.notEqual(refreshed.token, betty.token);
  const replayed = await w.post(refreshed.token, bob, 'shared-key');
  assert.equal(replayed.headers.get('idempotent-replayed'), 'true');
  assert.deepEqual(await replayed.json(), await asBetty.json());
  assert.equal(await w.clientCount(w.shoreline.accountId), 3);
});

test('keys expire after 24 hours', async (t) => {
  const w = await world(t);
  assert.equal((await w.post(w.shoreline.secretKey, bob, 'daily')).status, 201);
  w.time.advance(24 * 60 * 60_000 - 1);
  assert.equal(
    (await w.post(w.shoreline.secretKey, bob, 'daily')).headers.get('idempotent-replayed'),
    'true',
  );
  w.time.advance(1);
  const later = await w.post(w.shoreline.secretKey, { ...bob, name: 'Tomorrow' }, 'daily');
  assert.equal(later.status, 201);
  assert.equal(later.headers.get('idempotent-replayed'), null);
  assert.equal(await w.clientCount(w.shoreline.accountId), 2);
  const [keys] = await w.db.select({ n: count() }).from(idempotencyKeys);
  assert.equal(keys?.n, 1, 'the expired key was swept');
});

test('multipart uploads are deduplicated on their raw body', async (t) => {
  const w = await world(t);
  const created = await w.post(w.shoreline.secretKey, bob, 'client');
  const { id } = (await created.json()) as Client;
  const upload = (text: string) => {
    const form = new FormData();
    form.set('file', new Blob([text], { type: 'text/plain' }), 'notes.txt');
    return w.app.request(`/v1/clients/${id}/documents`, {
      method: 'POST',
      headers: { ...bearer(w.shoreline.secretKey), 'idempotency-key': 'upload-1' },
      body: form,
    });
  };
  const first = await upload('Showing notes');
  assert.equal(first.status, 201, await first.clone().text());
  const again = await upload('Showing notes');
  assert.equal(again.status, 201);
  assert.equal(again.headers.get('idempotent-replayed'), 'true');
  assert.equal((await upload('Other notes')).status, 422);
  const [documents] = await w.db.select({ n: count() }).from(clientDocuments);
  assert.equal(documents?.n, 1);
});

test('refusals are replayed too, malformed keys are refused, and anonymous calls are not keyed', async (t) => {
  const w = await world(t);
  const invalid = await w.post(w.shoreline.secretKey, { name: '' }, 'bad-body');
  assert.equal(invalid.status, 400);
  const replay = await w.post(w.shoreline.secretKey, { name: '' }, 'bad-body');
  assert.equal(replay.status, 400);
  assert.equal(replay.headers.get('idempotent-replayed'), 'true');

  const tooLong = await w.post(w.shoreline.secretKey, bob, 'x'.repeat(256));
  assert.equal(tooLong.status, 400);
  assert.equal(
    ((await tooLong.json()) as { error: { field: string } }).error.field,
    'Idempotency-Key',
  );
  assert.equal(await w.clientCount(w.shoreline.accountId), 0);

  const anonymous = await w.post('sk_not_a_real_key', bob, 'anon');
  assert.equal(anonymous.status, 401);
  const [keys] = await w.db.select({ n: count() }).from(idempotencyKeys);
  assert.equal(keys?.n, 1, 'only the valid caller’s key is stored');
});

test('the OpenAPI document lists the Idempotency-Key header on mutating operations', async (t) => {
  const w = await world(t);
  const document = (await (await w.app.request('/v1/openapi.json')).json()) as {
    paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
    components: { parameters: Record<string, { name: string }> };
  };
  const names = (path: string, method: string) =>
    (document.paths[path]?.[method]?.parameters ?? []).map((p) => `${p.in}:${p.name}`);
  assert.ok(names('/v1/clients', 'post').includes('header:Idempotency-Key'));
  assert.ok(names('/v1/webhooks/{id}', 'delete').includes('header:Idempotency-Key'));
  assert.ok(!names('/v1/clients', 'get').includes('header:Idempotency-Key'));
  assert.equal(document.components.parameters.IdempotencyKey?.name, 'Idempotency-Key');
});
