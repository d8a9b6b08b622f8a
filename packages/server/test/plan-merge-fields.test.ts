import { test } from 'node:test';
import assert from 'node:assert/strict';
import { json } from './support/test-server.js';
import { createTeam, teamFixture, type Json } from './plans-fixture.js';

test('a plan step’s merge fields are filled with the contact and the agent who carries it', async (t) => {
  const f = await teamFixture(t);
  const rita = await f.agent('rita', 'Rita Rainmaker');
  const bart = await f.agent('bart', 'Bart Basic');
  const teamId = await createTeam(f, [
    { agent: rita, teamRole: 'rainmaker', permission: 'basic' },
    { agent: bart, teamRole: 'member', permission: 'enhanced' },
  ]);
  await f.call(
    '/v1/users/bart/subscriptions',
    json('PUT', { sms: { number: '+15550000009', monthlyCredits: 5 } }, f.key),
  );
  const carol = (
    await f.call(
      `/v1/teams/${teamId}/contacts`,
      json('POST', { name: 'Carol Contact', phone: '+15551110001', assigneeId: bart.id }, f.key),
    )
  ).body.id;
  const steps = [
    {
      type: 'sms',
      delayMinutes: 0,
      assignee: 'contact_assignee',
      text: 'Hi {{contact.first_name}}, {{ agent.name }} here. {{contact.budget}}',
    },
    { type: 'task', delayMinutes: 0, title: 'Call {{contact.name}}', assignee: 'rainmaker' },
  ];
  const plan = (await f.call('/v1/plans', json('POST', { teamId, name: 'T', steps }, bart.auth)))
    .body;
  // Stored as written: the editor shows the merge fields, not their values.
  assert.equal(plan.steps[0].text, steps[0]!.text);
  await f.call(
    `/v1/plans/${plan.id}/enrollments`,
    json('POST', { contactIds: [carol] }, bart.auth),
  );
  await f.drain();
  const listed = await f.call('/dev/mailbox/sms.json');
  assert.deepEqual(
    listed.body.messages.map((m: Json) => m.body),
    ['Hi Carol, Bart Basic here. {{contact.budget}}'],
  );
  const tasks = (await f.call('/v1/tasks', { headers: rita.auth })).body.items;
  assert.deepEqual(
    tasks.map((task: Json) => [task.title, task.contactName]),
    [['Call Carol Contact', 'Carol Contact']],
  );
});
