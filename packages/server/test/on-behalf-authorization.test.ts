import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import {
  blobs,
  clauses,
  contacts,
  delegations,
  instructions,
  jobs,
  sessionEvents,
  sessionParties,
  signingSessions,
  templates,
} from '../src/platform/db/schema/index.js';
import { makePurchaseAgreement } from './fixtures/make-purchase-agreement.js';
import { errorOf, office, type Office, type OfficeUser } from './support/office-fixture.js';
import { onBehalfResources } from './support/on-behalf-resources.js';

/** Every row an on-behalf endpoint could write, to compare before and after. */
async function snapshot(o: Office) {
  return {
    contacts: await o.db.select().from(contacts),
    instructions: await o.db.select().from(instructions),
    clauses: await o.db.select().from(clauses),
    delegations: await o.db.select().from(delegations),
  };
}

test('every on-behalf endpoint refuses a user without the scope, a user of another account and a revoked assistant, and writes nothing', async (t) => {
  const o = await office(t);
  // Betty may send for Bernie, but manage nothing of his.
  await o.grant(o.bernie, o.betty, ['send']);
  // Carl managed everything for Alice, until she revoked it.
  const carlForAlice = await o.grant(o.alice, o.carl, [
    'contacts',
    'templates',
    'instructions',
    'clauses',
  ]);

  // The targets: one row of each resource owned by Bernie, and one Carl made for Alice.
  const targets = new Map<string, { bernie: string; alice: string }>();
  for (const resource of onBehalfResources) {
    const bernie = await o.as(o.bernie, 'POST', resource.path, resource.create);
    const alice = await o.as(
      o.carl,
      'POST',
      `${resource.path}?senderId=${o.alice.id}`,
      resource.create,
    );
    assert.equal(bernie.status, 201);
    assert.equal(alice.status, 201, 'Carl could act for Alice while the delegation lasted');
    targets.set(resource.path, {
      bernie: ((await bernie.json()) as { id: string }).id,
      alice: ((await alice.json()) as { id: string }).id,
    });
  }
  assert.equal((await o.as(o.alice, 'DELETE', `/v1/delegations/${carlForAlice}`)).status, 204);

  const attackers: {
    who: string;
    caller: OfficeUser;
    victim: OfficeUser;
    row: 'bernie' | 'alice';
  }[] = [
    { who: 'a user without the scope', caller: o.betty, victim: o.bernie, row: 'bernie' },
    { who: 'a user of another account', caller: o.hank, victim: o.bernie, row: 'bernie' },
    { who: 'a revoked assistant', caller: o.carl, victim: o.alice, row: 'alice' },
  ];

  const before = await snapshot(o);
  let attempts = 0;
  for (const { who, caller, victim, row } of attackers) {
    for (const resource of onBehalfResources) {
      const { path } = resource;
      const id = targets.get(path)![row];
      const tries: [string, string, string, unknown, number, string][] = [
        ['create for', 'POST', `${path}?senderId=${victim.id}`, resource.create, 403, 'forbidden'],
        ['list the rows of', 'GET', `${path}?senderId=${victim.id}`, undefined, 403, 'forbidden'],
        ['read a row of', 'GET', `${path}/${id}`, undefined, 404, 'not_found'],
        ['change a row of', 'PATCH', `${path}/${id}`, resource.patch, 404, 'not_found'],
        ['delete a row of', 'DELETE', `${path}/${id}`, undefined, 404, 'not_found'],
      ];
      for (const [action, method, url, body, status, code] of tries) {
        const res = await o.as(caller, method, url, body);
        const label = `${who} may not ${action} ${victim.name} (${method} ${url})`;
        assert.equal(res.status, status, label);
        assert.equal((await errorOf(res)).code, code, label);
        attempts += 1;
      }
      const listed = await o.as(caller, 'GET', path);
      assert.equal(listed.status, 200);
      const items = ((await listed.json()) as { items: { owner: { id: string } }[] }).items;
      assert.deepEqual(
        items.filter((item) => item.owner.id === victim.id),
        [],
        `${who} does not see ${victim.name}'s ${path} in the plain list`,
      );
    }
  }
  assert.equal(attempts, 3 * onBehalfResources.length * 5);
  assert.deepEqual(await snapshot(o), before, 'nothing was written');
});

test('a forbidden sender gets the same answer whether or not that user exists', async (t) => {
  const o = await office(t);
  for (const senderId of [o.alice.id, 'usr_does_not_exist', o.hank.id]) {
    const res = await o.as(o.betty, 'POST', `/v1/contacts?senderId=${senderId}`, {
      name: 'Dana Buyer',
    });
    assert.equal(res.status, 403);
    assert.deepEqual(await errorOf(res), {
      code: 'forbidden',
      message: 'You may not act for this sender',
      field: 'senderId',
    });
  }
});

/** Every row a session or template call could write. */
async function signingCounts(o: Office) {
  const count = async (table: SQLiteTable) => (await o.db.select().from(table)).length;
  return {
    sessions: await count(signingSessions),
    parties: await count(sessionParties),
    events: await count(sessionEvents),
    templates: await count(templates),
    blobs: await count(blobs),
    jobs: await count(jobs),
  };
}

test('sessions and templates on behalf refuse a user without the scope, a user of another account and a revoked assistant, and write nothing', async (t) => {
  const o = await office(t);
  // Betty manages Bernie's contacts, but may neither send for him nor touch his templates.
  await o.grant(o.bernie, o.betty, ['contacts']);
  // Carl sent and managed templates for Alice, until she revoked it.
  const carlForAlice = await o.grant(o.alice, o.carl, ['send', 'templates']);

  const pdf = await makePurchaseAgreement();
  const upload = async (user: OfficeUser, senderId?: string): Promise<Response> => {
    const form = new FormData();
    form.set('file', new Blob([pdf], { type: 'application/pdf' }), 'agreement.pdf');
    form.set('name', 'Listing agreement');
    return o.app.request(`/v1/templates${senderId ? `?senderId=${senderId}` : ''}`, {
      method: 'POST',
      headers: user.headers,
      body: form,
    });
  };
  const idOf = async (res: Response) => {
    assert.equal(res.status, 201, await res.clone().text());
    return ((await res.json()) as { id: string }).id;
  };
  const party = { role: 'signer', name: 'Dana Buyer', email: 'dana@example.com' };
  const targets = {
    bernie: { template: await idOf(await upload(o.bernie)), session: '' },
    alice: { template: await idOf(await upload(o.carl, o.alice.id)), session: '' },
  };
  targets.bernie.session = await idOf(
    await o.as(o.bernie, 'POST', '/v1/sessions', {
      templateId: targets.bernie.template,
      parties: [party],
      send: true,
    }),
  );
  targets.alice.session = await idOf(
    await o.as(o.carl, 'POST', '/v1/sessions', {
      templateId: targets.alice.template,
      senderId: o.alice.id,
      parties: [party],
      send: true,
    }),
  );
  assert.equal((await o.as(o.alice, 'DELETE', `/v1/delegations/${carlForAlice}`)).status, 204);

  const attackers = [
    { who: 'a user without the scope', caller: o.betty, victim: o.bernie, row: targets.bernie },
    { who: 'a user of another account', caller: o.hank, victim: o.bernie, row: targets.bernie },
    { who: 'a revoked assistant', caller: o.carl, victim: o.alice, row: targets.alice },
  ];
  const before = await signingCounts(o);
  for (const { who, caller, victim, row } of attackers) {
    const refusals: [string, () => Promise<Response>, number][] = [
      [
        'start a session for',
        () =>
          o.as(caller, 'POST', '/v1/sessions', {
            templateId: row.template,
            senderId: victim.id,
            parties: [party],
            addMyself: true,
            send: true,
          }),
        403,
      ],
      ['upload a template for', () => upload(caller, victim.id), 403],
      [
        'list the templates of',
        () => o.as(caller, 'GET', `/v1/templates?senderId=${victim.id}`),
        403,
      ],
      [
        'list the sessions of',
        () => o.as(caller, 'GET', `/v1/sessions?senderId=${victim.id}`),
        403,
      ],
      ['read a template of', () => o.as(caller, 'GET', `/v1/templates/${row.template}`), 404],
      [
        'change a template of',
        () => o.as(caller, 'PATCH', `/v1/templates/${row.template}`, { name: 'Mine now' }),
        404,
      ],
      ['delete a template of', () => o.as(caller, 'DELETE', `/v1/templates/${row.template}`), 404],
      ['read a session of', () => o.as(caller, 'GET', `/v1/sessions/${row.session}`), 404],
      ['read the trail of', () => o.as(caller, 'GET', `/v1/sessions/${row.session}/audit`), 404],
      ['remind for', () => o.as(caller, 'POST', `/v1/sessions/${row.session}/remind`), 404],
      ['void a session of', () => o.as(caller, 'POST', `/v1/sessions/${row.session}/void`), 404],
    ];
    for (const [action, call, status] of refusals) {
      const res = await call();
      const label = `${who} may not ${action} ${victim.name}`;
      assert.equal(res.status, status, label);
      assert.equal((await errorOf(res)).code, status === 403 ? 'forbidden' : 'not_found', label);
    }
    const dashboard = await o.as(caller, 'GET', '/v1/sessions?as=all');
    const items = ((await dashboard.json()) as { items: { sender: { id: string } }[] }).items;
    assert.deepEqual(
      items.filter((item) => item.sender.id === victim.id),
      [],
      `${who} does not see ${victim.name}'s sessions`,
    );
  }
  assert.deepEqual(await signingCounts(o), before, 'nothing was written');
});
