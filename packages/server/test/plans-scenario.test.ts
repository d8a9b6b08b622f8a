import { test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import {
  agentUsage,
  outboxEmails,
  outboxSms,
  smsMessages,
} from '../src/platform/db/schema/index.js';
import { json } from './support/test-server.js';
import {
  createTeam,
  teamFixture,
  type Agent,
  type Json,
  type TeamFixture,
} from './plans-fixture.js';

const HOUR = 60 * 60_000;

/**
 * A rainmaker and two agents; Ann has an SMS subscription, Bo has none. Carol's assignee is Ann, Dan's
 * is Bo, Eve has no assignee. A plan: an email at once, a text an hour later, a task a day later.
 */
async function scenario(t: Parameters<typeof teamFixture>[0]) {
  const f = await teamFixture(t);
  const rita = await f.agent('rita', 'Rita Rainmaker', {
    color: '#aa3300',
    signatureBlock: 'Rita R., Team Lead',
  });
  const ann = await f.agent('ann', 'Ann Assignee', { color: '#0044cc' });
  const bo = await f.agent('bo', 'Bo Basic');
  for (const [agent, sms] of [
    [rita, { number: '+15550000001', monthlyCredits: 100 }],
    [ann, { number: '+15550000002', monthlyCredits: 100 }],
  ] as const) {
    const res = await f.call(
      `/v1/users/${agent.externalId}/subscriptions`,
      json('PUT', { sms }, f.key),
    );
    assert.equal(res.status, 200, JSON.stringify(res.body));
  }
  const teamId = await createTeam(f, [
    { agent: rita, teamRole: 'rainmaker', permission: 'unlimited' },
    { agent: ann, teamRole: 'member', permission: 'basic' },
    { agent: bo, teamRole: 'member', permission: 'basic' },
  ]);
  const contact = async (name: string, phone: string, assignee: Agent | null) => {
    const email = `${name.toLowerCase()}@clients.test`;
    const res = await f.call(
      `/v1/teams/${teamId}/contacts`,
      json('POST', { name, email, phone, assigneeId: assignee?.id ?? null }, f.key),
    );
    assert.equal(res.status, 201);
    return { id: res.body.id as string, email, phone };
  };
  const carol = await contact('Carol', '+15551110001', ann);
  const dan = await contact('Dan', '+15551110002', bo);
  const eve = await contact('Eve', '+15551110003', null);
  const plan = await f.call(
    '/v1/plans',
    json(
      'POST',
      {
        teamId,
        name: 'New buyer drip',
        steps: [
          {
            type: 'email',
            delayMinutes: 0,
            subject: 'Welcome aboard',
            body: 'Glad to help you find a home.',
          },
          { type: 'sms', delayMinutes: 60, text: 'Any questions about the listings?' },
          { type: 'task', delayMinutes: 24 * 60, title: 'Call to book showings' },
        ],
      },
      rita.auth,
    ),
  );
  assert.equal(plan.status, 201, JSON.stringify(plan.body));
  return { f, rita, ann, bo, teamId, planId: plan.body.id as string, carol, dan, eve };
}

type Scenario = Awaited<ReturnType<typeof scenario>>;

async function enrol(s: Scenario) {
  const res = await s.f.call(
    `/v1/plans/${s.planId}/enrollments`,
    json('POST', { contactIds: [s.carol.id, s.dan.id, s.eve.id] }, s.ann.auth),
  );
  assert.equal(res.status, 201, JSON.stringify(res.body));
}

async function usageOf(f: TeamFixture, agent: Agent, month = '2030-01') {
  const [row] = await f.db
    .select()
    .from(agentUsage)
    .where(and(eq(agentUsage.userId, agent.id), eq(agentUsage.month, month)));
  return { emails: row?.emailsSent ?? 0, sms: row?.smsSent ?? 0 };
}

async function emailTo(f: TeamFixture, address: string) {
  return f.db
    .select()
    .from(outboxEmails)
    .where(eq(outboxEmails.to, [address]));
}

async function textsTo(f: TeamFixture, number: string) {
  return f.db.select().from(outboxSms).where(eq(outboxSms.to, number));
}

async function timeline(s: Scenario, contactId: string): Promise<Json[]> {
  const res = await s.f.call(`/v1/teams/${s.teamId}/contacts/${contactId}/timeline`, {
    headers: s.rita.auth,
  });
  return res.body.items;
}

async function openTasks(s: Scenario, agent: Agent): Promise<Json[]> {
  const res = await s.f.call('/v1/tasks', { headers: agent.auth });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body.items;
}

test('contact assignee defaults: each step is sent by, charged to and answered to the contact’s assignee', async (t) => {
  const s = await scenario(t);
  const { f, rita, ann, bo, carol, dan, eve } = s;
  await enrol(s);

  // Step 1, the email: from the account's name at the system address, with the assignee's
  // Reply-To and branding.
  await f.drain();
  const [toCarol] = await emailTo(f, carol.email);
  assert.ok(toCarol);
  assert.equal(toCarol.from, '"Shoreline Realty" <no-reply@signport.test>');
  assert.equal(toCarol.replyTo, `Ann Assignee <${ann.email}>`);
  assert.equal(toCarol.subject, 'Welcome aboard');
  assert.match(toCarol.html ?? '', /#0044cc/);
  assert.match(toCarol.text, /Glad to help you find a home\.\n\nAnn Assignee/);
  assert.equal((await emailTo(f, dan.email))[0]?.replyTo, `Bo Basic <${bo.email}>`);
  // Eve has no assignee: the rainmaker sends, with her signature block.
  const [toEve] = await emailTo(f, eve.email);
  assert.equal(toEve?.replyTo, `Rita Rainmaker <${rita.email}>`);
  assert.match(toEve?.html ?? '', /Rita R\., Team Lead/);
  assert.deepEqual(await usageOf(f, ann), { emails: 1, sms: 0 });
  assert.deepEqual(await usageOf(f, bo), { emails: 1, sms: 0 });
  assert.deepEqual(await usageOf(f, rita), { emails: 1, sms: 0 });
  const eveFirst = (await timeline(s, eve.id)).find((event) => event.kind === 'email_sent');
  assert.equal(eveFirst.agentId, rita.id);
  assert.equal(eveFirst.replyToAgentId, rita.id);
  assert.match(eveFirst.note, /no assignee/);
  assert.equal((await textsTo(f, carol.phone)).length, 0, 'the text waits an hour');

  // Step 2, the text: from the assignee's number; Bo has no SMS, so he gets a task instead.
  await f.advance(HOUR);
  await f.drain();
  assert.deepEqual(
    (await textsTo(f, carol.phone)).map((m) => [m.from, m.body]),
    [['+15550000002', 'Any questions about the listings?']],
  );
  assert.deepEqual(
    (await textsTo(f, eve.phone)).map((m) => m.from),
    ['+15550000001'],
  );
  assert.equal((await textsTo(f, dan.phone)).length, 0);
  const [textDan] = await openTasks(s, bo);
  assert.equal(textDan.reason, 'no_sms_subscription');
  assert.equal(textDan.contactId, dan.id);
  assert.match(textDan.title, /Text Dan at \+15551110002/);
  assert.equal(textDan.notes, 'Any questions about the listings?');
  const [carolSms] = await f.db.select().from(smsMessages).where(eq(smsMessages.to, carol.phone));
  assert.equal(carolSms?.agentId, ann.id, 'replies to this text go to Ann');
  assert.equal(carolSms?.status, 'sent');
  assert.deepEqual(await usageOf(f, ann), { emails: 1, sms: 1 });
  assert.deepEqual(await usageOf(f, bo), { emails: 1, sms: 0 });
  assert.deepEqual(await usageOf(f, rita), { emails: 1, sms: 1 });
  const danText = (await timeline(s, dan.id)).find((event) => event.stepIndex === 1);
  assert.equal(danText.kind, 'task_created');
  assert.match(danText.note, /no SMS subscription/);

  // Step 3, the task: assigned to the assignee, or the rainmaker for Eve.
  await f.advance(24 * HOUR);
  await f.drain();
  const titles = async (agent: Agent) =>
    (await openTasks(s, agent)).map((task) => [task.title, task.contactId, task.reason]);
  assert.deepEqual(await titles(ann), [['Call to book showings', carol.id, 'plan_task']]);
  assert.deepEqual(await titles(rita), [['Call to book showings', eve.id, 'plan_task']]);
  assert.equal((await titles(bo)).length, 2);
  assert.deepEqual(
    (await timeline(s, carol.id)).map((event) => [event.kind, event.agentId]),
    [
      ['enrolled', null],
      ['email_sent', ann.id],
      ['sms_sent', ann.id],
      ['task_created', ann.id],
      ['completed', null],
    ],
  );
  const enrollments = await f.call(`/v1/plans/${s.planId}/enrollments`, { headers: rita.auth });
  assert.deepEqual(
    enrollments.body.items.map((e: Json) => [e.status, e.nextStepIndex, e.nextRunAt]),
    [
      ['completed', 3, null],
      ['completed', 3, null],
      ['completed', 3, null],
    ],
  );
  assert.equal((await f.db.select().from(outboxEmails)).length, 3);
  assert.equal((await f.db.select().from(outboxSms)).length, 2);
});

test('rainmaker defaults: every step comes from the rainmaker, and an email over quota is skipped and logged', async (t) => {
  const s = await scenario(t);
  const { f, rita, ann, bo, carol, dan, eve } = s;
  const defaults = { task: 'rainmaker', email: 'rainmaker', sms: 'rainmaker' };
  const saved = await f.call(
    `/v1/teams/${s.teamId}/plan-defaults`,
    json('PUT', defaults, rita.auth),
  );
  assert.equal(saved.status, 200);
  // Rita has two email credits left this month.
  await f.db
    .insert(agentUsage)
    .values({ userId: rita.id, month: '2030-01', accountId: f.accountId, emailsSent: 4998 });
  await enrol(s);

  await f.drain();
  const emails = await f.db.select().from(outboxEmails);
  assert.equal(emails.length, 2);
  assert.ok(emails.every((email) => email.replyTo === `Rita Rainmaker <${rita.email}>`));
  assert.deepEqual(await usageOf(f, rita), { emails: 5000, sms: 0 });
  const skipped = [];
  for (const contact of [carol, dan, eve]) {
    const first = (await timeline(s, contact.id)).find((event) => event.stepIndex === 0);
    if (first.kind === 'email_skipped_over_quota') {
      skipped.push(contact);
      assert.equal(first.agentId, rita.id);
      assert.match(first.note, /used all email credits this month/);
      assert.equal((await emailTo(f, contact.email)).length, 0);
    } else {
      assert.equal(first.kind, 'email_sent');
    }
  }
  assert.equal(skipped.length, 1);
  const usage = await f.call('/v1/usage', { headers: rita.auth });
  const ritaUsage = usage.body.agents.find((a: Json) => a.agent.id === rita.id);
  assert.deepEqual(ritaUsage.email, { used: 5000, limit: 5000, remaining: 0 });

  await f.advance(HOUR);
  await f.drain();
  const texts = await f.db.select().from(outboxSms);
  assert.deepEqual(
    texts.map((m) => m.from),
    ['+15550000001', '+15550000001', '+15550000001'],
  );
  assert.deepEqual(texts.map((m) => m.to).sort(), [carol.phone, dan.phone, eve.phone].sort());
  assert.deepEqual(await usageOf(f, rita), { emails: 5000, sms: 3 });
  assert.deepEqual(await usageOf(f, ann), { emails: 0, sms: 0 });

  await f.advance(24 * HOUR);
  await f.drain();
  assert.equal((await openTasks(s, rita)).length, 3);
  assert.equal((await openTasks(s, ann)).length, 0);
  assert.equal((await openTasks(s, bo)).length, 0);

  // Credits reset with the month: February starts at zero, January stays on record.
  await f.advance(20 * 24 * HOUR);
  const february = await f.call('/v1/usage', { headers: rita.auth });
  assert.equal(february.body.month, '2030-02');
  assert.deepEqual(february.body.agents.find((a: Json) => a.agent.id === rita.id).email, {
    used: 0,
    limit: 5000,
    remaining: 5000,
  });
  const january = await f.call('/v1/usage?month=2030-01', { headers: f.key });
  assert.deepEqual(
    january.body.agents.map((a: Json) => [a.agent.externalId, a.email.used, a.sms]),
    [
      ['ann', 0, { subscribed: true, used: 0, remaining: 100 }],
      ['bo', 0, { subscribed: false, used: 0, remaining: 0 }],
      ['rita', 5000, { subscribed: true, used: 3, remaining: 97 }],
    ],
  );
});

test('a step override beats the team default for that step only', async (t) => {
  const s = await scenario(t);
  const { f, rita, ann, carol } = s;
  const plan = await f.call(
    `/v1/plans/${s.planId}`,
    json(
      'PUT',
      {
        name: 'Override',
        steps: [
          {
            type: 'email',
            delayMinutes: 0,
            subject: 'Hi',
            body: 'From the lead',
            assignee: 'rainmaker',
          },
          { type: 'task', delayMinutes: 0, title: 'Follow up' },
        ],
      },
      rita.auth,
    ),
  );
  assert.equal(plan.status, 200, JSON.stringify(plan.body));
  assert.equal(plan.body.steps[0].assignee, 'rainmaker');
  assert.equal(plan.body.steps[1].assignee, null);
  await f.call(
    `/v1/plans/${s.planId}/enrollments`,
    json('POST', { contactIds: [carol.id] }, rita.auth),
  );
  await f.drain();
  assert.equal((await emailTo(f, carol.email))[0]?.replyTo, `Rita Rainmaker <${rita.email}>`);
  assert.deepEqual(
    (await openTasks(s, ann)).map((task) => task.title),
    ['Follow up'],
  );
});
