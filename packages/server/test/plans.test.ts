import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  agentSends,
  agentUsage,
  jobs,
  outboxEmails,
  planEnrollments,
  plans,
} from '../src/platform/db/schema/index.js';
import { sendOnBehalf } from '../src/capabilities/usage/send-on-behalf.js';
import { json } from './support/test-server.js';
import { createTeam, teamFixture, type Json } from './plans-fixture.js';

const steps = [
  { type: 'email', delayMinutes: 0, subject: 'Welcome', body: 'Hello there.' },
  { type: 'sms', delayMinutes: 30, text: 'Checking in!' },
  { type: 'task', delayMinutes: 60, title: 'Call them', notes: 'Ask about the budget' },
];

async function team(t: Parameters<typeof teamFixture>[0]) {
  const f = await teamFixture(t);
  const rita = await f.agent('rita', 'Rita Rainmaker');
  const bart = await f.agent('bart', 'Bart Basic');
  const erin = await f.agent('erin', 'Erin Enhanced');
  const teamId = await createTeam(f, [
    { agent: rita, teamRole: 'rainmaker', permission: 'basic' },
    { agent: bart, teamRole: 'member', permission: 'basic' },
    { agent: erin, teamRole: 'member', permission: 'unlimited' },
  ]);
  const contact = async (name: string, assigneeId: string | null = bart.id) =>
    (
      await f.call(
        `/v1/teams/${teamId}/contacts`,
        json('POST', { name, email: `${name}@c.test`, assigneeId }, f.key),
      )
    ).body.id as string;
  return { f, rita, bart, erin, teamId, contact };
}

test('plans: create, read, list, replace and delete, with the steps in order', async (t) => {
  const { f, bart, teamId } = await team(t);
  const created = await f.call(
    '/v1/plans',
    json('POST', { teamId, name: 'Drip', steps }, bart.auth),
  );
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const plan = created.body;
  assert.match(plan.id, /^pln_/);
  assert.deepEqual(
    plan.steps.map((s: Json) => [s.position, s.type, s.delayMinutes, s.assignee]),
    [
      [0, 'email', 0, null],
      [1, 'sms', 30, null],
      [2, 'task', 60, null],
    ],
  );
  assert.equal(plan.steps[2].notes, 'Ask about the budget');
  assert.deepEqual((await f.call(`/v1/plans/${plan.id}`, { headers: bart.auth })).body, plan);
  const list = await f.call(`/v1/plans?teamId=${teamId}&limit=1`, { headers: bart.auth });
  assert.deepEqual(list.body, { items: [plan], nextCursor: null });

  await f.advance(1000);
  const replaced = await f.call(
    `/v1/plans/${plan.id}`,
    json('PUT', { name: 'Short drip', steps: [steps[2]] }, bart.auth),
  );
  assert.equal(replaced.status, 200);
  assert.equal(replaced.body.name, 'Short drip');
  assert.equal(replaced.body.steps.length, 1);
  assert.notEqual(replaced.body.updatedAt, plan.updatedAt);

  assert.equal(
    (await f.call(`/v1/plans/${plan.id}`, { method: 'DELETE', headers: bart.auth })).status,
    204,
  );
  assert.equal((await f.call(`/v1/plans/${plan.id}`, { headers: bart.auth })).status, 404);
});

test('plans: bad input is a 400 naming the field and creates nothing', async (t) => {
  const { f, bart, teamId } = await team(t);
  const cases: [object, string][] = [
    [{ teamId, name: 'X', steps: [] }, 'steps'],
    [{ teamId, name: 'X', steps: [{ type: 'fax', delayMinutes: 0 }] }, 'steps.0.type'],
    [
      { teamId, name: 'X', steps: [{ type: 'email', delayMinutes: 0, subject: 'S' }] },
      'steps.0.body',
    ],
    [
      { teamId, name: 'X', steps: [{ type: 'sms', delayMinutes: -1, text: 'x' }] },
      'steps.0.delayMinutes',
    ],
    [
      {
        teamId,
        name: 'X',
        steps: [{ type: 'task', delayMinutes: 0, title: 'T', assignee: 'boss' }],
      },
      'steps.0.assignee',
    ],
    [{ teamId, name: '', steps }, 'name'],
  ];
  for (const [body, field] of cases) {
    const res = await f.call('/v1/plans', json('POST', body, bart.auth));
    assert.equal(res.status, 400, JSON.stringify(body));
    assert.equal(res.body.error.field, field);
  }
  const unknownTeam = await f.call(
    '/v1/plans',
    json('POST', { teamId: 'team_nope', name: 'X', steps }, bart.auth),
  );
  assert.equal(unknownTeam.status, 404);
  assert.equal((await f.db.select().from(plans)).length, 0);
});

test('a per-step override needs the permission to change defaults', async (t) => {
  const { f, bart, erin, teamId } = await team(t);
  const overriding = [steps[0], { ...steps[1], assignee: 'rainmaker' }];
  const refused = await f.call(
    '/v1/plans',
    json('POST', { teamId, name: 'X', steps: overriding }, bart.auth),
  );
  assert.equal(refused.status, 403);
  assert.equal(refused.body.error.field, 'steps.1.assignee');
  assert.match(refused.body.error.message, /Enhanced or Unlimited/);
  const allowed = await f.call(
    '/v1/plans',
    json('POST', { teamId, name: 'X', steps: overriding }, erin.auth),
  );
  assert.equal(allowed.status, 201);
  const edit = await f.call(
    `/v1/plans/${allowed.body.id}`,
    json('PUT', { name: 'Y', steps: overriding }, bart.auth),
  );
  assert.equal(edit.status, 403);
  assert.equal(
    (await f.call(`/v1/plans/${allowed.body.id}`, { headers: bart.auth })).body.name,
    'X',
  );
});

test('plans are invisible outside the team and the account', async (t) => {
  const { f, bart, teamId } = await team(t);
  const outsider = await f.agent('olga', 'Olga Outsider');
  const plan = (await f.call('/v1/plans', json('POST', { teamId, name: 'Drip', steps }, bart.auth)))
    .body;
  assert.equal((await f.call(`/v1/plans/${plan.id}`, { headers: outsider.auth })).status, 404);
  assert.deepEqual((await f.call('/v1/plans', { headers: outsider.auth })).body.items, []);
  const other = await teamFixture(t, { db: f.db });
  assert.equal((await f.call(`/v1/plans/${plan.id}`, { headers: other.key })).status, 404);
  assert.equal(
    (
      await f.call(
        `/v1/plans/${plan.id}/enrollments`,
        json('POST', { contactIds: ['con_x'] }, other.key),
      )
    ).status,
    404,
  );
  assert.deepEqual((await f.call('/v1/plans', { headers: other.key })).body.items, []);
});

test('enrolment: contacts of the team only, once at a time, all or nothing', async (t) => {
  const { f, bart, teamId, contact } = await team(t);
  const plan = (await f.call('/v1/plans', json('POST', { teamId, name: 'Drip', steps }, bart.auth)))
    .body;
  const path = `/v1/plans/${plan.id}/enrollments`;
  const carol = await contact('carol');
  const otherTeam = await createTeam(f, [
    { agent: bart, teamRole: 'rainmaker', permission: 'basic' },
  ]);
  const stranger = (
    await f.call(`/v1/teams/${otherTeam}/contacts`, json('POST', { name: 'Stan' }, f.key))
  ).body.id;

  const foreign = await f.call(path, json('POST', { contactIds: [carol, stranger] }, bart.auth));
  assert.equal(foreign.status, 400);
  assert.equal(foreign.body.error.field, 'contactIds.1');
  const twice = await f.call(path, json('POST', { contactIds: [carol, carol] }, bart.auth));
  assert.equal(twice.status, 400);
  assert.equal((await f.call(path, json('POST', { contactIds: [] }, bart.auth))).status, 400);
  assert.equal((await f.db.select().from(planEnrollments)).length, 0);
  assert.equal((await f.db.select().from(jobs)).length, 0);

  const enrolled = await f.call(path, json('POST', { contactIds: [carol] }, bart.auth));
  assert.equal(enrolled.status, 201);
  assert.deepEqual(
    enrolled.body.items.map((e: Json) => [e.contactId, e.status, e.nextStepIndex]),
    [[carol, 'active', 0]],
  );
  const again = await f.call(path, json('POST', { contactIds: [carol] }, bart.auth));
  assert.equal(again.status, 409);
  assert.equal(again.body.error.code, 'conflict');
});

test('un-enrolling stops the remaining steps', async (t) => {
  const { f, bart, teamId, contact } = await team(t);
  const plan = (await f.call('/v1/plans', json('POST', { teamId, name: 'Drip', steps }, bart.auth)))
    .body;
  const carol = await contact('carol');
  const path = `/v1/plans/${plan.id}/enrollments`;
  const [enrollment] = (await f.call(path, json('POST', { contactIds: [carol] }, bart.auth))).body
    .items;
  await f.drain();
  assert.equal((await f.db.select().from(outboxEmails)).length, 1);

  const stopped = await f.call(`${path}/${enrollment.id}`, {
    method: 'DELETE',
    headers: bart.auth,
  });
  assert.equal(stopped.status, 200);
  assert.equal(stopped.body.status, 'cancelled');
  assert.equal(stopped.body.nextRunAt, null);
  await f.advance(2 * 60 * 60_000);
  await f.drain();
  assert.deepEqual((await f.call('/v1/tasks', { headers: bart.auth })).body.items, []);
  const timeline = await f.call(`/v1/teams/${teamId}/contacts/${carol}/timeline`, {
    headers: bart.auth,
  });
  assert.deepEqual(
    timeline.body.items.map((e: Json) => e.kind),
    ['enrolled', 'email_sent', 'unenrolled'],
  );
  assert.equal(
    (await f.call(`${path}/enr_nope`, { method: 'DELETE', headers: bart.auth })).status,
    404,
  );
  // Enrolling again starts over.
  assert.equal((await f.call(path, json('POST', { contactIds: [carol] }, bart.auth))).status, 201);
});

test('tasks: the assignee lists and completes their own; others see nothing', async (t) => {
  const { f, bart, rita, teamId, contact } = await team(t);
  const plan = (
    await f.call('/v1/plans', json('POST', { teamId, name: 'Tasks', steps: [steps[2]] }, bart.auth))
  ).body;
  await f.call(
    `/v1/plans/${plan.id}/enrollments`,
    json('POST', { contactIds: [await contact('carol')] }, bart.auth),
  );
  await f.advance(60 * 60_000);
  await f.drain();
  const [task] = (await f.call('/v1/tasks', { headers: bart.auth })).body.items;
  assert.equal(task.title, 'Call them');
  assert.equal(task.notes, 'Ask about the budget');
  assert.equal(task.assignee.externalId, 'bart');
  assert.equal(task.planId, plan.id);
  assert.equal(task.contactName, 'carol');
  assert.equal(task.completedAt, null);
  assert.deepEqual((await f.call('/v1/tasks', { headers: rita.auth })).body.items, []);
  assert.equal(
    (await f.call(`/v1/tasks/${task.id}/complete`, { method: 'POST', headers: rita.auth })).status,
    404,
  );
  assert.equal((await f.call('/v1/tasks', { headers: f.key })).status, 401);

  const done = await f.call(`/v1/tasks/${task.id}/complete`, {
    method: 'POST',
    headers: bart.auth,
  });
  assert.equal(done.status, 200);
  assert.ok(done.body.completedAt);
  await f.advance(1000);
  const again = await f.call(`/v1/tasks/${task.id}/complete`, {
    method: 'POST',
    headers: bart.auth,
  });
  assert.equal(again.body.completedAt, done.body.completedAt);
  assert.deepEqual((await f.call('/v1/tasks', { headers: bart.auth })).body.items, []);
  const completed = await f.call('/v1/tasks?status=completed', { headers: bart.auth });
  assert.deepEqual(
    completed.body.items.map((item: Json) => item.id),
    [task.id],
  );
  assert.equal((await f.call('/v1/tasks?status=late', { headers: bart.auth })).status, 400);

  // Undo: the task is open again; another agent cannot reopen it.
  const reopen = (headers: Record<string, string>) =>
    f.call(`/v1/tasks/${task.id}/reopen`, { method: 'POST', headers });
  assert.equal((await reopen(rita.auth)).status, 404);
  const reopened = await reopen(bart.auth);
  assert.equal(reopened.status, 200);
  assert.equal(reopened.body.completedAt, null);
  assert.deepEqual(
    (await f.call('/v1/tasks', { headers: bart.auth })).body.items.map((item: Json) => item.id),
    [task.id],
  );
});

test('sendOnBehalf: a reminder is sent, charged and recorded once per key', async (t) => {
  const { f, rita } = await team(t);
  const reminder = () =>
    sendOnBehalf({
      db: f.db,
      clock: f.time.clock,
      accountId: f.accountId,
      agentId: rita.id,
      channel: 'email',
      to: 'signer@clients.test',
      subject: 'Reminder: please sign',
      text: 'Your purchase agreement is waiting for your signature.',
      idempotencyKey: 'reminder:ses_1:1',
    });
  const first = await reminder();
  const second = await reminder();
  assert.deepEqual(first, {
    outcome: 'sent',
    channel: 'email',
    agentId: rita.id,
    replyToAgentId: rita.id,
  });
  assert.deepEqual(second, first);
  await f.drain();
  const emails = await f.db.select().from(outboxEmails);
  assert.equal(emails.length, 1);
  assert.equal(emails[0]?.replyTo, `Rita Rainmaker <${rita.email}>`);
  assert.deepEqual(
    (await f.db.select().from(agentUsage)).map((row) => [row.userId, row.emailsSent]),
    [[rita.id, 1]],
  );
  assert.equal((await f.db.select().from(agentSends)).length, 1);

  // Without an SMS subscription a text reminder becomes a task, once.
  const text = () =>
    sendOnBehalf({
      db: f.db,
      clock: f.time.clock,
      accountId: f.accountId,
      agentId: rita.id,
      channel: 'sms',
      to: '+15551110009',
      recipientName: 'Sam Signer',
      text: 'Please sign today.',
      idempotencyKey: 'reminder:ses_1:2',
    });
  const asTask = await text();
  assert.equal(asTask.outcome, 'task');
  assert.deepEqual(await text(), asTask);
  const tasks = (await f.call('/v1/tasks', { headers: rita.auth })).body.items;
  assert.deepEqual(
    tasks.map((task: Json) => [task.title, task.reason]),
    [['Text Sam Signer at +15551110009', 'no_sms_subscription']],
  );
});

test('the dev mailbox lists the outbox texts', async (t) => {
  const { f, bart, teamId } = await team(t);
  await f.call(
    '/v1/users/bart/subscriptions',
    json('PUT', { sms: { number: '+15550000009', monthlyCredits: 5 } }, f.key),
  );
  const carol = (
    await f.call(
      `/v1/teams/${teamId}/contacts`,
      json('POST', { name: 'Carol', phone: '+15551110001', assigneeId: bart.id }, f.key),
    )
  ).body.id;
  const plan = (
    await f.call(
      '/v1/plans',
      json(
        'POST',
        { teamId, name: 'T', steps: [{ type: 'sms', delayMinutes: 0, text: 'Hi <Carol>!' }] },
        bart.auth,
      ),
    )
  ).body;
  await f.call(
    `/v1/plans/${plan.id}/enrollments`,
    json('POST', { contactIds: [carol] }, bart.auth),
  );
  await f.drain();
  const page = await f.app.request('/dev/mailbox/sms');
  assert.equal(page.status, 200);
  const html = await page.text();
  assert.match(html, /\+15550000009/);
  assert.match(html, /Hi &lt;Carol&gt;!/);
  const listed = await f.call('/dev/mailbox/sms.json');
  assert.deepEqual(
    listed.body.messages.map((m: Json) => [m.from, m.to, m.body]),
    [['+15550000009', '+15551110001', 'Hi <Carol>!']],
  );
});

test('PUT /v1/users/{externalId}/subscriptions validates and needs the secret key', async (t) => {
  const { f, bart } = await team(t);
  const path = '/v1/users/bart/subscriptions';
  assert.equal((await f.call(path, json('PUT', {}, bart.auth))).status, 401);
  const bad = await f.call(
    path,
    json('PUT', { sms: { number: '5551234', monthlyCredits: 10 } }, f.key),
  );
  assert.equal(bad.status, 400);
  assert.equal(bad.body.error.field, 'sms.number');
  assert.equal(
    (await f.call('/v1/users/nobody/subscriptions', json('PUT', {}, f.key))).status,
    404,
  );
  const set = await f.call(
    path,
    json(
      'PUT',
      { emailMonthlyLimit: 10000, sms: { number: '+15550000009', monthlyCredits: 50 } },
      f.key,
    ),
  );
  assert.equal(set.status, 200);
  assert.deepEqual(
    [set.body.agent.externalId, set.body.emailMonthlyLimit, set.body.sms],
    ['bart', 10000, { number: '+15550000009', monthlyCredits: 50 }],
  );
  const usage = await f.call('/v1/usage', { headers: bart.auth });
  const mine = usage.body.agents.find((a: Json) => a.agent.externalId === 'bart');
  assert.deepEqual(
    [mine.email, mine.sms],
    [
      { used: 0, limit: 10000, remaining: 10000 },
      { subscribed: true, used: 0, remaining: 50 },
    ],
  );
  assert.equal((await f.call('/v1/usage?month=2030-13', { headers: bart.auth })).status, 400);
});
