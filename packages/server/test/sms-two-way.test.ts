import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { planEnrollments, smsReplies } from '../src/platform/db/schema/index.js';
import { smsInboundAuthToken } from '../src/platform/sms/sms-inbound-auth-token.js';
import { twilioSignature } from '../src/platform/sms/twilio-signature.js';
import { serveApp } from './support/serve-app.js';
import { PUBLIC_URL, TEST_SECRET, json } from './support/test-server.js';
import { createTeam, teamFixture, type Json } from './plans-fixture.js';

const AGENT_NUMBER = '+15550000002';
const CAROL = '+15551110001';
const devToken = () =>
  smsInboundAuthToken({ env: {}, nodeEnv: 'test' }, async () =>
    new TextEncoder().encode(TEST_SECRET),
  )() as Promise<string>;

/** A team whose rainmaker texts from AGENT_NUMBER, Carol (with phone and email), and a real HTTP server. */
async function world(t: TestContext, steps: Json[], plan: Json = {}) {
  const f = await teamFixture(t);
  const rita = await f.agent('rita', 'Rita Rainmaker');
  const sub = await f.call(
    '/v1/users/rita/subscriptions',
    json('PUT', { sms: { number: AGENT_NUMBER, monthlyCredits: 100 } }, f.key),
  );
  assert.equal(sub.status, 200, JSON.stringify(sub.body));
  const teamId = await createTeam(f, [{ agent: rita, teamRole: 'rainmaker', permission: 'basic' }]);
  const contact = await f.call(
    `/v1/teams/${teamId}/contacts`,
    json('POST', { name: 'Carol', email: 'carol@c.test', phone: CAROL }, f.key),
  );
  const contactId = contact.body.id as string;
  const created = await f.call(
    '/v1/plans',
    json('POST', { teamId, name: 'Drip', steps, ...plan }, f.key),
  );
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const planId = created.body.id as string;
  const enrolled = await f.call(
    `/v1/plans/${planId}/enrollments`,
    json('POST', { contactIds: [contactId] }, f.key),
  );
  const enrollmentId = enrolled.body.items?.[0]?.id ?? enrolled.body[0]?.id;
  const base = await serveApp(t, f.app);
  let sid = 0;
  /** Posts a text from `from` to `to` over HTTP, signed with `token` unless `signature` is given. */
  const inbound = async (
    body: string,
    { from = CAROL, to = AGENT_NUMBER, token, signature }: Record<string, string | undefined> = {},
  ) => {
    const params = { MessageSid: `SM${++sid}`, AccountSid: 'AC1', From: from, To: to, Body: body };
    const header =
      signature ??
      twilioSignature(token ?? (await devToken()), `${PUBLIC_URL}/v1/sms/inbound`, params);
    const res = await fetch(`${base}/v1/sms/inbound`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': header,
      },
      body: new URLSearchParams(params),
    });
    return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
  };
  const timeline = async () =>
    (await f.call(`/v1/teams/${teamId}/contacts/${contactId}/timeline`, { headers: f.key })).body
      .items as Json[];
  const kinds = async () => (await timeline()).map((event) => event.kind as string);
  const outboxTexts = async () =>
    ((await (await f.app.request('/dev/mailbox/sms.json')).json()) as Json).messages as Json[];
  const tasks = async () =>
    (await f.call('/v1/tasks', { headers: rita.auth })).body.items as Json[];
  return {
    f,
    rita,
    teamId,
    contactId,
    planId,
    enrollmentId,
    inbound,
    timeline,
    kinds,
    outboxTexts,
    tasks,
  };
}

const smsThenSms = [
  { type: 'sms', delayMinutes: 0, text: 'Hi Carol, any questions?' },
  { type: 'sms', delayMinutes: 60, text: 'Still looking?' },
  { type: 'task', delayMinutes: 60, title: 'Call Carol' },
];

test('inbound SMS: a missing, forged or tampered signature is a 403 that records nothing', async (t) => {
  const w = await world(t, smsThenSms);
  await w.f.drain();
  const before = await w.kinds();
  for (const options of [
    { signature: '' },
    { token: 'not-the-token' },
    { signature: 'AAAAAAAAAAAAAAAAAAAAAAAAAAA=' },
  ]) {
    const res = await w.inbound('STOP', options);
    assert.equal(res.status, 403);
    assert.equal(JSON.parse(res.text).error.code, 'invalid_signature');
  }
  assert.deepEqual(await w.kinds(), before);
  assert.equal((await w.f.db.select().from(smsReplies)).length, 0);

  // The real provider's token, when configured, is the one that counts.
  process.env.TWILIO_AUTH_TOKEN = 'twilio-auth-token';
  t.after(() => delete process.env.TWILIO_AUTH_TOKEN);
  assert.equal((await w.inbound('Hello')).status, 403, 'the dev token no longer works');
  const accepted = await w.inbound('Hello', { token: 'twilio-auth-token' });
  assert.equal(accepted.status, 200);
  assert.match(accepted.type ?? '', /text\/xml/);
  assert.equal(accepted.text, '<?xml version="1.0" encoding="UTF-8"?><Response/>');
});

test('inbound SMS: a number never texted from that number is answered empty and recorded nowhere', async (t) => {
  const w = await world(t, smsThenSms);
  await w.f.drain();
  for (const [from, to] of [
    ['+15559990000', AGENT_NUMBER],
    [CAROL, '+15558880000'],
  ]) {
    const res = await w.inbound('STOP', { from, to });
    assert.equal(res.status, 200);
    assert.equal(res.text, '<?xml version="1.0" encoding="UTF-8"?><Response/>');
  }
  assert.equal((await w.f.db.select().from(smsReplies)).length, 0);
  assert.ok(!(await w.kinds()).includes('sms_opted_out'));
});

test('inbound SMS: a reply is on the timeline, unread for the client, emailed to the agent who sent the text, and pauses the plan', async (t) => {
  const w = await world(t, smsThenSms);
  const client = await w.f.call(
    '/v1/clients',
    json(
      'POST',
      { name: 'Carol', phone: CAROL, type: 'buyer', assignedAgentId: w.rita.id },
      w.f.key,
    ),
  );
  assert.equal(client.status, 201, JSON.stringify(client.body));
  await w.f.drain();
  assert.equal((await w.outboxTexts()).length, 1);

  const res = await w.inbound('Yes, can we see the house on Elm St?');
  assert.equal(res.status, 200);
  assert.equal(res.text, '<?xml version="1.0" encoding="UTF-8"?><Response/>');

  const events = await w.timeline();
  const reply = events.find((event) => event.kind === 'sms_reply_received');
  assert.equal(reply?.note, 'Yes, can we see the house on Elm St?');
  assert.equal(reply?.agentId, w.rita.id);
  const paused = events.find((event) => event.kind === 'paused_on_reply');
  assert.match(paused?.note ?? '', /Plan “Drip” paused: the contact replied by text/);
  const [enrollment] = await w.f.db
    .select()
    .from(planEnrollments)
    .where(eq(planEnrollments.id, w.enrollmentId));
  assert.equal(enrollment?.status, 'paused');

  const detail = await w.f.call(`/v1/clients/${client.body.id}`, { headers: w.f.key });
  assert.equal(detail.body.unreadMessages, 1);
  const thread = await w.f.call(`/v1/clients/${client.body.id}/messages`, { headers: w.f.key });
  assert.equal(thread.body.items[0].body, 'Yes, can we see the house on Elm St?');
  assert.equal(thread.body.items[0].from, 'client');

  await w.f.drain();
  const emails = (await (await w.f.app.request('/dev/mailbox.json')).json()) as Json;
  const notice = (emails.emails ?? emails.messages ?? emails).find((email: Json) =>
    email.to.includes(w.rita.email),
  );
  assert.equal(notice?.subject, 'Carol replied to your text');
  assert.match(notice?.text ?? '', /Elm St/);
  assert.match(notice?.text ?? '', /Plan “Drip” is paused/);

  // Paused: the next text never goes, however long we wait.
  await w.f.advance(3 * 60 * 60_000);
  await w.f.drain();
  assert.equal((await w.outboxTexts()).length, 1);
  assert.equal((await w.tasks()).length, 0);
  const again = await w.f.call(
    `/v1/plans/${w.planId}/enrollments`,
    json('POST', { contactIds: [w.contactId] }, w.f.key),
  );
  assert.equal(again.status, 409, 'a paused enrolment still counts as enrolled');

  // Resumed by the agent: the step it stopped at runs now.
  const resumePath = `/v1/plans/${w.planId}/enrollments/${w.enrollmentId}/resume`;
  const resumed = await w.f.call(resumePath, { method: 'POST', headers: w.rita.auth });
  assert.equal(resumed.status, 200, JSON.stringify(resumed.body));
  assert.equal(resumed.body.status, 'active');
  await w.f.drain();
  assert.equal((await w.outboxTexts()).length, 2);
  assert.ok((await w.kinds()).includes('resumed'));
  const twice = await w.f.call(resumePath, { method: 'POST', headers: w.rita.auth });
  assert.equal(twice.status, 409);
  assert.equal(twice.body.error.code, 'invalid_state');
});

test('inbound SMS: a plan that does not pause on reply carries on', async (t) => {
  const w = await world(t, smsThenSms, { pauseOnReply: false });
  assert.equal(
    (await w.f.call(`/v1/plans/${w.planId}`, { headers: w.f.key })).body.pauseOnReply,
    false,
  );
  await w.f.drain();
  await w.inbound('Thanks!');
  assert.ok((await w.kinds()).includes('sms_reply_received'));
  assert.ok(!(await w.kinds()).includes('paused_on_reply'));
  await w.f.advance(60 * 60_000);
  await w.f.drain();
  assert.equal((await w.outboxTexts()).length, 2);
});

test('inbound SMS: STOP makes the next SMS step a task that says why; START lets texts go again', async (t) => {
  const w = await world(t, [
    { type: 'sms', delayMinutes: 0, text: 'Hi Carol!' },
    { type: 'sms', delayMinutes: 60, text: 'Open house Sunday' },
    { type: 'sms', delayMinutes: 60, text: 'New listing on Elm' },
  ]);
  await w.f.drain();
  const stop = await w.inbound(' stop ');
  assert.equal(stop.status, 200);
  assert.match(stop.text, /<Message>You are unsubscribed.*Reply START to resubscribe.<\/Message>/);
  assert.ok((await w.kinds()).includes('sms_opted_out'));
  assert.ok(!(await w.kinds()).includes('paused_on_reply'), 'STOP is not a conversation');

  await w.f.advance(60 * 60_000);
  await w.f.drain();
  assert.equal((await w.outboxTexts()).length, 1, 'no text to an opted-out contact');
  const [task] = await w.tasks();
  assert.equal(task?.reason, 'sms_opted_out');
  assert.equal(task?.title, 'Reach Carol another way: they opted out of texts');
  assert.match(task?.notes ?? '', /opted out of text messages \(replied STOP on 2030-01-15\)/);
  assert.match(task?.notes ?? '', /The text was: Open house Sunday/);
  const created = (await w.timeline()).filter((event) => event.kind === 'task_created');
  assert.match(created.at(-1)?.note ?? '', /^Not texted: Carol opted out/);

  const start = await w.inbound('UNSTOP');
  assert.match(start.text, /<Message>You are subscribed again/);
  assert.ok((await w.kinds()).includes('sms_opted_in'));
  await w.f.advance(60 * 60_000);
  await w.f.drain();
  const texts = await w.outboxTexts();
  assert.equal(texts.length, 2);
  assert.equal(texts[0].body, 'New listing on Elm');
});

test('inbound SMS: HELP answers with the account’s help text, or a default naming the agent', async (t) => {
  const w = await world(t, smsThenSms);
  await w.f.drain();
  const help = await w.inbound('HELP');
  assert.equal(help.status, 200);
  assert.match(
    help.text,
    /<Message>.*texts from Rita Rainmaker\. For help email rita@shoreline\.test\. Reply STOP to opt out\.<\/Message>/,
  );

  const set = await w.f.call(
    '/v1/account/sms-settings',
    json(
      'PUT',
      { helpText: 'Shoreline Realty <help>: call 555-0100. Reply STOP to opt out.' },
      w.f.key,
    ),
  );
  assert.equal(set.status, 200, JSON.stringify(set.body));
  const custom = await w.inbound('help');
  assert.match(
    custom.text,
    /<Message>Shoreline Realty &#60;help&#62;: call 555-0100\. Reply STOP to opt out\.<\/Message>/,
  );
  assert.ok(!(await w.kinds()).includes('paused_on_reply'));
});

test('quiet hours: an SMS step due at night waits for the team’s window, in its time zone', async (t) => {
  const w = await world(t, [
    { type: 'task', delayMinutes: 0, title: 'Say hello' },
    { type: 'sms', delayMinutes: 12 * 60, text: 'Good morning!' },
  ]);
  const settings = await w.f.call(
    `/v1/teams/${w.teamId}/sms-settings`,
    json(
      'PUT',
      { timeZone: 'America/New_York', sendingWindow: { start: '08:00', end: '21:00' } },
      w.f.key,
    ),
  );
  assert.equal(settings.status, 200, JSON.stringify(settings.body));
  await w.f.drain();
  // Enrolled 10:00 UTC; the text is due 22:00 UTC, after 21:00 UTC but 17:00 in New York.
  await w.f.advance(12 * 60 * 60_000);
  await w.f.drain();
  assert.equal((await w.outboxTexts()).length, 1, '17:00 New York is inside the window');

  const bad = await w.f.call(
    `/v1/teams/${w.teamId}/sms-settings`,
    json('PUT', { timeZone: 'Mars/Olympus', sendingWindow: null }, w.f.key),
  );
  assert.equal(bad.status, 400);
  assert.equal(bad.body.error.field, 'timeZone');
});

test('quiet hours: a text due at 23:00 UTC is held until 08:00 and then sent', async (t) => {
  const w = await world(t, [
    { type: 'task', delayMinutes: 0, title: 'Say hello' },
    { type: 'sms', delayMinutes: 13 * 60, text: 'Good morning!' },
  ]);
  assert.deepEqual(
    (await w.f.call(`/v1/teams/${w.teamId}/sms-settings`, { headers: w.f.key })).body,
    { timeZone: 'UTC', sendingWindow: { start: '08:00', end: '21:00' } },
  );
  await w.f.drain();
  await w.f.advance(13 * 60 * 60_000); // 23:00 UTC
  await w.f.drain();
  assert.equal((await w.outboxTexts()).length, 0);
  const held = (await w.timeline()).find((event) => event.kind === 'sms_held_quiet_hours');
  assert.match(held?.note ?? '', /Held until 08:00 UTC \(2030-01-16T08:00:00.000Z\)/);
  const [enrollment] = await w.f.db
    .select()
    .from(planEnrollments)
    .where(eq(planEnrollments.id, w.enrollmentId));
  assert.equal(enrollment?.nextRunAt?.toISOString(), '2030-01-16T08:00:00.000Z');

  await w.f.advance(8 * 60 * 60_000 + 59 * 60_000); // 07:59
  await w.f.drain();
  assert.equal((await w.outboxTexts()).length, 0);
  await w.f.advance(60_000); // 08:00
  await w.f.drain();
  assert.equal((await w.outboxTexts()).length, 1);
  assert.ok((await w.kinds()).includes('sms_sent'));
});

test('dev outbox: a simulated reply is posted signed to the webhook and pauses the plan', async (t) => {
  const w = await world(t, smsThenSms);
  await w.f.drain();
  const [text] = await w.outboxTexts();
  const page = await w.f.app.request('/dev/mailbox/sms');
  assert.match(await page.text(), new RegExp(`action="/dev/mailbox/sms/${text.id}/reply"`));
  assert.match(page.headers.get('content-security-policy') ?? '', /form-action 'self'/);

  const res = await w.f.app.request(`/dev/mailbox/sms/${text.id}/reply`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ body: 'Sounds good, call me' }),
  });
  assert.equal(res.status, 200);
  assert.match(await res.text(), /answered 200/);
  const kinds = await w.kinds();
  assert.ok(kinds.includes('sms_reply_received'));
  assert.ok(kinds.includes('paused_on_reply'));
});
