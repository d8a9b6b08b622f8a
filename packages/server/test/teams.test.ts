import { test } from 'node:test';
import assert from 'node:assert/strict';
import { json } from './support/test-server.js';
import { createTeam, teamFixture, type Agent, type TeamFixture } from './plans-fixture.js';

async function threeAgents(f: TeamFixture) {
  const rita = await f.agent('rita', 'Rita Rainmaker');
  const erin = await f.agent('erin', 'Erin Enhanced');
  const bart = await f.agent('bart', 'Bart Basic');
  return { rita, erin, bart };
}

async function teamOf(
  f: TeamFixture,
  { rita, erin, bart }: Record<'rita' | 'erin' | 'bart', Agent>,
) {
  return createTeam(f, [
    { agent: rita, teamRole: 'rainmaker', permission: 'basic' },
    { agent: erin, teamRole: 'member', permission: 'enhanced' },
    { agent: bart, teamRole: 'member', permission: 'basic' },
  ]);
}

test('POST /v1/teams creates a team whose members and defaults GET /v1/teams/{id} returns', async (t) => {
  const f = await teamFixture(t);
  const agents = await threeAgents(f);
  const teamId = await teamOf(f, agents);
  const seen = await f.call(`/v1/teams/${teamId}`, { headers: agents.bart.auth });
  assert.equal(seen.status, 200);
  assert.equal(seen.body.name, 'Shoreline Team');
  assert.deepEqual(
    seen.body.members.map(
      (m: { user: { externalId: string }; teamRole: string; permission: string }) => [
        m.user.externalId,
        m.teamRole,
        m.permission,
      ],
    ),
    [
      ['rita', 'rainmaker', 'basic'],
      ['erin', 'member', 'enhanced'],
      ['bart', 'member', 'basic'],
    ],
  );
  assert.deepEqual(seen.body.planDefaults, {
    task: 'contact_assignee',
    email: 'contact_assignee',
    sms: 'contact_assignee',
  });
  const bySecretKey = await f.call(`/v1/teams/${teamId}`, { headers: f.key });
  assert.equal(bySecretKey.status, 200);
});

test('a team needs exactly one rainmaker, known users, each once; a bad request creates nothing', async (t) => {
  const f = await teamFixture(t);
  const { rita, erin } = await threeAgents(f);
  const cases: [object[], string, RegExp][] = [
    [
      [{ userId: rita.id, teamRole: 'member', permission: 'basic' }],
      'members',
      /exactly one rainmaker/,
    ],
    [
      [
        { userId: rita.id, teamRole: 'rainmaker', permission: 'basic' },
        { userId: erin.id, teamRole: 'rainmaker', permission: 'basic' },
      ],
      'members',
      /exactly one rainmaker/,
    ],
    [
      [
        { userId: rita.id, teamRole: 'rainmaker', permission: 'basic' },
        { userId: rita.id, teamRole: 'member', permission: 'basic' },
      ],
      'members',
      /each user once/,
    ],
    [
      [
        { userId: rita.id, teamRole: 'rainmaker', permission: 'basic' },
        { userId: 'usr_nobody', teamRole: 'member', permission: 'basic' },
      ],
      'members.1.userId',
      /No user/,
    ],
    [
      [{ userId: rita.id, teamRole: 'rainmaker', permission: 'admin' }],
      'members.0.permission',
      /permission/,
    ],
  ];
  for (const [members, field, message] of cases) {
    const res = await f.call('/v1/teams', json('POST', { name: 'T', members }, f.key));
    assert.equal(res.status, 400, JSON.stringify(members));
    assert.equal(res.body.error.field, field);
    assert.match(res.body.error.message, message);
  }
  assert.equal((await f.db.query.teams.findMany()).length, 0);
});

test('a user may create a team only as its rainmaker; non-members and other accounts get 404', async (t) => {
  const f = await teamFixture(t);
  const { rita, erin, bart } = await threeAgents(f);
  const outside = await f.call(
    '/v1/teams',
    json(
      'POST',
      { name: 'T', members: [{ userId: rita.id, teamRole: 'rainmaker', permission: 'basic' }] },
      erin.auth,
    ),
  );
  assert.equal(outside.status, 403);
  assert.equal(outside.body.error.field, 'members');
  const asMember = await f.call(
    '/v1/teams',
    json(
      'POST',
      {
        name: 'T',
        members: [
          { userId: rita.id, teamRole: 'rainmaker', permission: 'basic' },
          { userId: erin.id, teamRole: 'member', permission: 'unlimited' },
        ],
      },
      erin.auth,
    ),
  );
  assert.equal(asMember.status, 403);
  assert.match(asMember.body.error.message, /rainmaker/);
  assert.equal((await f.db.query.teams.findMany()).length, 0);

  const teamId = await createTeam(
    f,
    [{ agent: erin, teamRole: 'rainmaker', permission: 'basic' }],
    erin.auth,
  );
  assert.equal((await f.call(`/v1/teams/${teamId}`, { headers: erin.auth })).status, 200);
  const stranger = await f.call(`/v1/teams/${teamId}`, { headers: bart.auth });
  assert.equal(stranger.status, 404);
  assert.equal(
    (await f.call(`/v1/teams/team_missing`, { headers: bart.auth })).body.error.message,
    stranger.body.error.message,
  );

  const other = await teamFixture(t, { db: f.db });
  const harbor = await other.agent('harbor-agent', 'Harbor Agent');
  assert.equal((await f.call(`/v1/teams/${teamId}`, { headers: harbor.auth })).status, 404);
  assert.equal(
    (await f.call(`/v1/teams/${teamId}/plan-defaults`, { headers: other.key })).status,
    404,
  );
});

test('plan defaults: enhanced members, the rainmaker and the secret key may change them; a basic member gets a 403', async (t) => {
  const f = await teamFixture(t);
  const agents = await threeAgents(f);
  const teamId = await teamOf(f, agents);
  const path = `/v1/teams/${teamId}/plan-defaults`;
  const all = (role: string) => ({ task: role, email: role, sms: role });

  const refused = await f.call(path, json('PUT', all('rainmaker'), agents.bart.auth));
  assert.equal(refused.status, 403);
  assert.equal(refused.body.error.code, 'forbidden');
  assert.match(
    refused.body.error.message,
    /Only the rainmaker or team members with Enhanced or Unlimited permission/,
  );
  assert.deepEqual(
    (await f.call(path, { headers: agents.bart.auth })).body,
    all('contact_assignee'),
  );

  const mixed = { task: 'rainmaker', email: 'contact_assignee', sms: 'rainmaker' };
  const saved = await f.call(path, json('PUT', mixed, agents.erin.auth));
  assert.equal(saved.status, 200);
  assert.deepEqual(saved.body, mixed);
  assert.deepEqual((await f.call(path, { headers: agents.bart.auth })).body, mixed);

  assert.equal((await f.call(path, json('PUT', all('rainmaker'), agents.rita.auth))).status, 200);
  assert.equal((await f.call(path, json('PUT', all('contact_assignee'), f.key))).status, 200);
  assert.deepEqual(
    (await f.call(path, { headers: agents.rita.auth })).body,
    all('contact_assignee'),
  );

  const invalid = await f.call(
    path,
    json('PUT', { ...mixed, sms: 'office_manager' }, agents.erin.auth),
  );
  assert.equal(invalid.status, 400);
  assert.equal(invalid.body.error.field, 'sms');
  const partial = await f.call(path, json('PUT', { task: 'rainmaker' }, agents.erin.auth));
  assert.equal(partial.status, 400);
  assert.deepEqual(
    (await f.call(path, { headers: agents.rita.auth })).body,
    all('contact_assignee'),
  );
});

test('team contacts: the assignee must be a team member; the list and timeline are the team’s', async (t) => {
  const f = await teamFixture(t);
  const agents = await threeAgents(f);
  const outsider = await f.agent('olga', 'Olga Outsider');
  const teamId = await teamOf(f, agents);
  const path = `/v1/teams/${teamId}/contacts`;

  const bad = await f.call(
    path,
    json('POST', { name: 'Carla', assigneeId: outsider.id }, agents.erin.auth),
  );
  assert.equal(bad.status, 400);
  assert.equal(bad.body.error.field, 'assigneeId');
  const badPhone = await f.call(
    path,
    json('POST', { name: 'Carla', phone: '555-1234' }, agents.erin.auth),
  );
  assert.equal(badPhone.status, 400);
  assert.equal(badPhone.body.error.field, 'phone');

  const created = await f.call(
    path,
    json(
      'POST',
      {
        name: 'Carla Client',
        email: 'Carla@Example.com',
        phone: '+15557654321',
        assigneeId: agents.erin.id,
      },
      agents.bart.auth,
    ),
  );
  assert.equal(created.status, 201);
  assert.equal(created.body.email, 'carla@example.com');
  assert.equal(created.body.assigneeId, agents.erin.id);
  const list = await f.call(path, { headers: agents.rita.auth });
  assert.deepEqual(list.body.items, [created.body]);
  assert.equal((await f.call(path, { headers: outsider.auth })).status, 404);
  const timeline = await f.call(`${path}/${created.body.id}/timeline`, {
    headers: agents.rita.auth,
  });
  assert.deepEqual(timeline.body, { items: [] });
  assert.equal(
    (await f.call(`${path}/con_other/timeline`, { headers: agents.rita.auth })).status,
    404,
  );
});

test('the team plan routes are in the OpenAPI document with both credentials', async (t) => {
  const f = await teamFixture(t);
  const doc = (await f.call('/v1/openapi.json')).body;
  const both = [{ embedToken: [] }, { secretKey: [] }];
  for (const [path, method] of [
    ['/v1/teams', 'post'],
    ['/v1/teams/{id}', 'get'],
    ['/v1/teams/{id}/plan-defaults', 'put'],
    ['/v1/teams/{id}/contacts', 'post'],
    ['/v1/teams/{id}/contacts/{contactId}/timeline', 'get'],
    ['/v1/plans', 'post'],
    ['/v1/plans/{id}', 'delete'],
    ['/v1/plans/{id}/enrollments', 'post'],
    ['/v1/plans/{id}/enrollments/{enrollmentId}', 'delete'],
    ['/v1/usage', 'get'],
  ] as const) {
    assert.deepEqual(doc.paths[path]?.[method]?.security, both, `${method} ${path}`);
  }
  assert.deepEqual(doc.paths['/v1/tasks']?.get?.security, [{ embedToken: [] }]);
  assert.deepEqual(doc.paths['/v1/users/{externalId}/subscriptions']?.put?.security, [
    { secretKey: [] },
  ]);
  assert.ok(doc.paths['/v1/teams/{id}/plan-defaults'].put.responses['403']);
});
