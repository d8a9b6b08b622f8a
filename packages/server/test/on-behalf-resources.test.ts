import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import type { UserRef } from '@signport/core';
import { office, errorOf } from './support/office-fixture.js';
import { onBehalfResources } from './support/on-behalf-resources.js';

interface Owned {
  id: string;
  owner: UserRef;
  createdBy: UserRef;
  createdAt: string;
  updatedAt: string;
  [field: string]: unknown;
}
interface Page {
  items: Owned[];
  nextCursor: string | null;
}

for (const resource of onBehalfResources) {
  const { path, scope, table } = resource;

  test(`${path}: an assistant with the ${scope} scope creates, lists, changes and deletes for the principal`, async (t) => {
    const o = await office(t);
    await o.grant(o.bernie, o.betty, [scope]);

    const onBehalf = await o.as(
      o.betty,
      'POST',
      `${path}?senderId=${o.bernie.id}`,
      resource.create,
    );
    assert.equal(onBehalf.status, 201);
    const created = (await onBehalf.json()) as Owned;
    assert.equal(created.owner.id, o.bernie.id, 'owned by the sender');
    assert.equal(created.owner.name, 'Bernie OfficeManager');
    assert.equal(created.createdBy.id, o.betty.id, 'created by the initiator');
    const [row] = await o.db.select().from(table).where(eq(table.id, created.id));
    assert.equal(row?.ownerId, o.bernie.id);
    assert.equal(row?.createdById, o.betty.id);
    if (path === '/v1/contacts') assert.equal(created.email, 'dana@example.test');

    o.time.advance(1000);
    const own = (await (await o.as(o.betty, 'POST', path, resource.create)).json()) as Owned;
    assert.equal(own.owner.id, o.betty.id);
    assert.equal(own.createdBy.id, o.betty.id);
    o.time.advance(1000);
    const bernies = (await (await o.as(o.bernie, 'POST', path, resource.create)).json()) as Owned;
    assert.equal(bernies.owner.id, o.bernie.id);
    assert.equal(bernies.createdBy.id, o.bernie.id);
    const self = await o.as(o.betty, 'POST', `${path}?senderId=${o.betty.id}`, resource.create);
    assert.equal(self.status, 201, 'naming oneself as sender needs no delegation');
    const selfId = ((await self.json()) as Owned).id;
    await o.as(o.betty, 'DELETE', `${path}/${selfId}`);

    const list = async (user: typeof o.betty, query = '') => {
      const res = await o.as(user, 'GET', `${path}${query}`);
      assert.equal(res.status, 200);
      return ((await res.json()) as Page).items.map((item) => item.id);
    };
    assert.deepEqual(await list(o.betty), [bernies.id, own.id, created.id], 'newest first');
    assert.deepEqual(await list(o.betty, `?senderId=${o.bernie.id}`), [bernies.id, created.id]);
    assert.deepEqual(await list(o.betty, `?senderId=${o.betty.id}`), [own.id]);
    assert.deepEqual(await list(o.bernie), [bernies.id, created.id], 'the principal sees only his');
    assert.deepEqual(await list(o.carl), []);

    const first = (await (await o.as(o.betty, 'GET', `${path}?limit=2`)).json()) as Page;
    assert.deepEqual(
      first.items.map((i) => i.id),
      [bernies.id, own.id],
    );
    assert.ok(first.nextCursor);
    const second = (await (
      await o.as(o.betty, 'GET', `${path}?limit=2&cursor=${first.nextCursor}`)
    ).json()) as Page;
    assert.deepEqual(
      second.items.map((i) => i.id),
      [created.id],
    );
    assert.equal(second.nextCursor, null);
    const badCursor = await o.as(o.betty, 'GET', `${path}?cursor=nonsense`);
    assert.equal(badCursor.status, 400);
    assert.equal((await errorOf(badCursor)).field, 'cursor');

    const fetched = await o.as(o.betty, 'GET', `${path}/${bernies.id}`);
    assert.equal(fetched.status, 200);
    assert.deepEqual(await fetched.json(), bernies);

    o.time.advance(60_000);
    const changed = await o.as(o.betty, 'PATCH', `${path}/${bernies.id}`, resource.patch);
    assert.equal(changed.status, 200);
    const after = (await changed.json()) as Owned;
    for (const [field, value] of Object.entries(resource.patch)) assert.equal(after[field], value);
    assert.equal(after.owner.id, o.bernie.id, 'the owner stays');
    assert.equal(after.createdBy.id, o.bernie.id, 'the creator stays');
    assert.equal(after.createdAt, bernies.createdAt);
    assert.equal(after.updatedAt, o.time.clock().toISOString());

    const empty = await o.as(o.betty, 'PATCH', `${path}/${bernies.id}`, {});
    assert.equal(empty.status, 400, 'an empty change is refused');

    const deleted = await o.as(o.betty, 'DELETE', `${path}/${bernies.id}`);
    assert.equal(deleted.status, 204);
    assert.equal((await o.as(o.betty, 'GET', `${path}/${bernies.id}`)).status, 404);
    assert.equal((await o.db.select().from(table).where(eq(table.id, bernies.id))).length, 0);
  });

  test(`${path}: invalid input is a 400 naming the field, and writes nothing`, async (t) => {
    const o = await office(t);
    const before = await o.db.select().from(table);
    const res = await o.as(o.betty, 'POST', path, resource.invalid);
    assert.equal(res.status, 400);
    const error = await errorOf(res);
    assert.equal(error.code, 'validation_failed');
    assert.equal(error.field, resource.invalidField);
    const noAuth = await o.app.request(path, { method: 'GET' });
    assert.equal(noAuth.status, 401);
    assert.deepEqual(await o.db.select().from(table), before);
  });
}
