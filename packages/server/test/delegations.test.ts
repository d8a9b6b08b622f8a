import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Delegation, DelegationList, SenderChoices } from '@signport/core';
import { eq } from 'drizzle-orm';
import { delegations } from '../src/platform/db/schema/index.js';
import { errorOf, office } from './support/office-fixture.js';
import { bearer, json } from './support/test-server.js';

test('a principal grants their assistant scopes with their embed token; both see it listed', async (t) => {
  const o = await office(t);
  const res = await o.as(o.bernie, 'POST', '/v1/delegations', {
    assistantId: o.betty.id,
    scopes: ['contacts', 'send'],
  });
  assert.equal(res.status, 201);
  const delegation = (await res.json()) as Delegation;
  assert.match(delegation.id, /^dlg_/);
  assert.equal(delegation.principal.id, o.bernie.id);
  assert.equal(delegation.principal.name, 'Bernie OfficeManager');
  assert.equal(delegation.assistant.id, o.betty.id);
  assert.equal(delegation.assistant.externalId, 'betty');
  assert.deepEqual(delegation.scopes, ['send', 'contacts'], 'scopes in canonical order');
  assert.equal(delegation.revokedAt, null);

  for (const user of [o.bernie, o.betty]) {
    const list = (await (await o.as(user, 'GET', '/v1/delegations')).json()) as DelegationList;
    assert.deepEqual(
      list.items.map((d) => d.id),
      [delegation.id],
      user.name,
    );
  }
  const carls = (await (await o.as(o.carl, 'GET', '/v1/delegations')).json()) as DelegationList;
  assert.deepEqual(carls.items, []);
});

test('the secret key grants any pair of its users and lists every delegation of the account', async (t) => {
  const o = await office(t);
  await o.grant(o.bernie, o.betty, ['send']);
  o.time.advance(1000);
  await o.grant(o.alice, o.betty, ['templates']);
  o.time.advance(1000);
  await o.grant(o.alice, o.carl, ['clauses']);
  const res = await o.app.request('/v1/delegations', { headers: bearer(o.secretKey) });
  assert.equal(res.status, 200);
  const list = (await res.json()) as DelegationList;
  assert.deepEqual(
    list.items.map((d) => [d.principal.externalId, d.assistant.externalId, d.scopes]),
    [
      ['bernie', 'betty', ['send']],
      ['alice', 'betty', ['templates']],
      ['alice', 'carl', ['clauses']],
    ],
  );
  const harbor = await o.app.request('/v1/delegations', { headers: bearer(o.harborSecretKey) });
  assert.deepEqual(((await harbor.json()) as DelegationList).items, [], 'tenant isolation');
  const alices = (await (await o.as(o.alice, 'GET', '/v1/delegations')).json()) as DelegationList;
  assert.equal(alices.items.length, 2);
});

test('refused grants say why and write nothing', async (t) => {
  const o = await office(t);
  await o.grant(o.bernie, o.betty, ['send']);
  const key = bearer(o.secretKey);
  const cases: [string, RequestInit, number, string, string | undefined][] = [
    [
      'secret key without principalId',
      json('POST', { assistantId: o.betty.id, scopes: ['send'] }, key),
      400,
      'validation_failed',
      'principalId',
    ],
    [
      'granting for someone else with an embed token',
      json(
        'POST',
        { principalId: o.alice.id, assistantId: o.carl.id, scopes: ['send'] },
        o.betty.headers,
      ),
      403,
      'forbidden',
      'principalId',
    ],
    [
      'own assistant',
      json('POST', { assistantId: o.bernie.id, scopes: ['send'] }, o.bernie.headers),
      400,
      'validation_failed',
      'assistantId',
    ],
    [
      'unknown scope',
      json('POST', { assistantId: o.carl.id, scopes: ['everything'] }, o.bernie.headers),
      400,
      'validation_failed',
      'scopes.0',
    ],
    [
      'no scope',
      json('POST', { assistantId: o.carl.id, scopes: [] }, o.bernie.headers),
      400,
      'validation_failed',
      'scopes',
    ],
    [
      'unknown assistant',
      json('POST', { assistantId: 'usr_nobody', scopes: ['send'] }, o.bernie.headers),
      404,
      'not_found',
      'assistantId',
    ],
    [
      'assistant of another account',
      json('POST', { assistantId: o.hank.id, scopes: ['send'] }, o.bernie.headers),
      404,
      'not_found',
      'assistantId',
    ],
    [
      'principal of another account with the secret key',
      json(
        'POST',
        { principalId: o.bernie.id, assistantId: o.hank.id, scopes: ['send'] },
        bearer(o.harborSecretKey),
      ),
      404,
      'not_found',
      'principalId',
    ],
    [
      'a second active delegation for the same pair',
      json('POST', { assistantId: o.betty.id, scopes: ['contacts'] }, o.bernie.headers),
      409,
      'conflict',
      'assistantId',
    ],
    [
      'no credentials',
      json('POST', { assistantId: o.betty.id, scopes: ['send'] }),
      401,
      'unauthorized',
      undefined,
    ],
  ];
  const before = await o.db.select().from(delegations);
  for (const [name, init, status, code, field] of cases) {
    const res = await o.app.request('/v1/delegations', init);
    assert.equal(res.status, status, name);
    const error = await errorOf(res);
    assert.equal(error.code, code, name);
    assert.equal(error.field, field, name);
  }
  assert.deepEqual(await o.db.select().from(delegations), before);
});

test('the principal, the assistant or the secret key revokes; nobody else can', async (t) => {
  const o = await office(t);
  for (const revoker of ['principal', 'assistant', 'secret key'] as const) {
    const id = await o.grant(o.bernie, o.betty, ['send']);
    for (const stranger of [o.carl, o.alice, o.hank]) {
      const res = await o.as(stranger, 'DELETE', `/v1/delegations/${id}`);
      assert.equal(res.status, 404, `${stranger.name} may not revoke`);
    }
    const harbor = await o.app.request(`/v1/delegations/${id}`, {
      method: 'DELETE',
      headers: bearer(o.harborSecretKey),
    });
    assert.equal(harbor.status, 404);
    assert.equal((await o.db.select().from(delegations)).filter((d) => !d.revokedAt).length, 1);

    o.time.advance(1000);
    const res =
      revoker === 'secret key'
        ? await o.app.request(`/v1/delegations/${id}`, {
            method: 'DELETE',
            headers: bearer(o.secretKey),
          })
        : await o.as(
            revoker === 'principal' ? o.bernie : o.betty,
            'DELETE',
            `/v1/delegations/${id}`,
          );
    assert.equal(res.status, 204, revoker);
    const [row] = await o.db.select().from(delegations).where(eq(delegations.id, id));
    assert.equal(row?.revokedAt?.toISOString(), o.time.clock().toISOString());
    const again = await o.as(o.bernie, 'DELETE', `/v1/delegations/${id}`);
    assert.equal(again.status, 404, 'already revoked');
    const list = (await (await o.as(o.betty, 'GET', '/v1/delegations')).json()) as DelegationList;
    assert.deepEqual(list.items, [], 'a revoked delegation is no longer listed');
  }
});

test('GET /v1/me/senders: the caller first, then each principal by name with their scopes', async (t) => {
  const o = await office(t);
  const senders = async (query = '') => {
    const res = await o.as(o.betty, 'GET', `/v1/me/senders${query}`);
    assert.equal(res.status, 200);
    return ((await res.json()) as SenderChoices).senders.map((s) => [
      s.user.name,
      s.self,
      s.scopes,
    ]);
  };
  assert.deepEqual(await senders(), [
    ['Betty Agent', true, ['send', 'contacts', 'templates', 'instructions', 'clauses']],
  ]);

  const bernie = await o.grant(o.bernie, o.betty, ['send', 'contacts']);
  await o.grant(o.alice, o.betty, ['templates']);
  await o.grant(o.betty, o.carl, ['send']); // Betty's own assistant is not a sender for her.
  assert.deepEqual(await senders(), [
    ['Betty Agent', true, ['send', 'contacts', 'templates', 'instructions', 'clauses']],
    ['Alice Agent', false, ['templates']],
    ['Bernie OfficeManager', false, ['send', 'contacts']],
  ]);
  assert.deepEqual(await senders('?scope=send'), [
    ['Betty Agent', true, ['send', 'contacts', 'templates', 'instructions', 'clauses']],
    ['Bernie OfficeManager', false, ['send', 'contacts']],
  ]);

  await o.as(o.bernie, 'DELETE', `/v1/delegations/${bernie}`);
  assert.deepEqual(
    (await senders()).map(([name]) => name),
    ['Betty Agent', 'Alice Agent'],
    'a revoked principal disappears at once',
  );

  const bad = await o.as(o.betty, 'GET', '/v1/me/senders?scope=everything');
  assert.equal(bad.status, 400);
  assert.equal((await errorOf(bad)).field, 'scope');
  const withKey = await o.app.request('/v1/me/senders', { headers: bearer(o.secretKey) });
  assert.equal(withKey.status, 401, 'the secret key has no "me"');
});
