// The typed server SDK (`@signport/core/server-sdk`) against a real server over HTTP, one test per
// group of calls a host backend makes.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  Signport,
  SignportError,
  verifyWebhook,
  WebhookVerificationError,
} from '@signport/core/server-sdk';
import { createApp } from '../src/app.js';
import { createJobHandlers } from '../src/create-job-handlers.js';
import { runDueJobs } from '../src/platform/jobs/run-due-jobs.js';
import { makePurchaseAgreement } from './fixtures/make-purchase-agreement.js';
import { serveOverHttp } from './support/http-server.js';
import { PURCHASE_ROLES } from './support/signing.js';
import { manualClock, seedAccount, testConfig, testDatabase } from './support/test-server.js';

/** A server on a real port, the account's SDK, and a fetch that counts what the SDK sends. */
async function sdkWorld(t: TestContext, options: { loseFirstAnswerOf?: string } = {}) {
  const db = await testDatabase(t);
  const config = testConfig({ WEBHOOKS_ALLOW_PRIVATE_URLS: 'true' });
  // Real time: webhook signatures are checked against it.
  const time = manualClock(new Date());
  const app = createApp({ db, config, clock: time.clock });
  const server = await serveOverHttp(app);
  t.after(() => server.close());
  const account = await seedAccount({ db, time });
  const sent: { method: string; path: string; idempotencyKey: string | null }[] = [];
  let answerToLose = options.loseFirstAnswerOf;
  const countingFetch: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    const headers = new Headers(init?.headers);
    sent.push({
      method: init?.method ?? 'GET',
      path: url.pathname,
      idempotencyKey: headers.get('idempotency-key'),
    });
    const response = await fetch(input, init);
    // The server did the work, but its answer never reaches the SDK: a dropped connection.
    if (answerToLose === `${init?.method} ${url.pathname}`) {
      answerToLose = undefined;
      await response.arrayBuffer();
      throw new TypeError('fetch failed: socket hang up');
    }
    return response;
  };
  const signport = new Signport({
    secretKey: account.secretKey,
    baseUrl: `${server.url}/`,
    fetch: countingFetch,
    retryDelayMs: 10,
  });
  const runJobs = async () => {
    const handlers = createJobHandlers({ db, config, clock: time.clock });
    while ((await runDueJobs({ db, handlers, clock: time.clock })).claimed > 0);
  };
  return { signport, server, account, sent, runJobs };
}

test('users are upserted, embed tokens minted, and refusals are typed errors with their code', async (t) => {
  const { signport, server, account } = await sdkWorld(t);
  const created = await signport.users.upsert('agent-42', {
    name: 'Dana Agent',
    email: 'dana@shoreline.test',
  });
  const updated = await signport.users.upsert('agent-42', {
    name: 'Dana Q. Agent',
    email: 'dana@shoreline.test',
  });
  assert.equal(updated.id, created.id);
  assert.equal(updated.name, 'Dana Q. Agent');

  const { token, expiresAt } = await signport.embedTokens.create({
    externalId: 'agent-42',
    ttlSeconds: 120,
  });
  assert.ok(Date.parse(expiresAt) > Date.now());
  const me = await fetch(`${server.url}/v1/me`, { headers: { authorization: `Bearer ${token}` } });
  assert.equal(((await me.json()) as { user: { id: string } }).user.id, created.id);
  assert.equal((await signport.asUser('agent-42').me()).user.id, created.id);

  const refused = await signport.users
    .upsert('agent-43', { name: '', email: 'not an email' })
    .catch((e: unknown) => e);
  assert.ok(refused instanceof SignportError);
  assert.equal(refused.status, 400);
  assert.equal(refused.code, 'validation_failed');
  assert.ok(refused.requestId, 'the request id comes with the error');

  const stranger = new Signport({ secretKey: `${account.secretKey}x`, baseUrl: server.url });
  const unauthorized = await stranger.embedTokens
    .create({ externalId: 'agent-42' })
    .catch((e: unknown) => e);
  assert.ok(unauthorized instanceof SignportError);
  assert.equal(unauthorized.code, 'unauthorized');
  assert.equal(unauthorized.status, 401);
});

test('a call whose answer is lost is retried with the same Idempotency-Key and runs once', async (t) => {
  const { signport, sent } = await sdkWorld(t, { loseFirstAnswerOf: 'POST /v1/clients' });
  const client = await signport.clients.create({ name: 'Bob Buyer', type: 'buyer' });
  await signport.clients.create({ name: 'Sue Seller', type: 'seller' });

  const posts = sent.filter((call) => call.method === 'POST' && call.path === '/v1/clients');
  assert.equal(posts.length, 3, 'the first create is sent twice, the second once');
  assert.ok(posts[0]!.idempotencyKey);
  assert.equal(posts[1]!.idempotencyKey, posts[0]!.idempotencyKey);
  assert.notEqual(posts[2]!.idempotencyKey, posts[0]!.idempotencyKey);
  const names = (await signport.clients.list()).items.map((c) => c.name).sort();
  assert.deepEqual(names, ['Bob Buyer', 'Sue Seller'], 'the retried create made one client');
  assert.equal((await signport.clients.get(client.id)).name, 'Bob Buyer');

  const keyed = await signport.clients.create(
    { name: 'Kay Keyed', type: 'buyer' },
    { idempotencyKey: 'crm-contact-7' },
  );
  const again = await signport.clients.create(
    { name: 'Kay Keyed', type: 'buyer' },
    { idempotencyKey: 'crm-contact-7' },
  );
  assert.equal(again.id, keyed.id, 'a caller-chosen key makes a repeat a replay');
  const reused = await signport.clients
    .create({ name: 'Someone Else', type: 'buyer' }, { idempotencyKey: 'crm-contact-7' })
    .catch((e: unknown) => e);
  assert.ok(reused instanceof SignportError);
  assert.equal(reused.code, 'idempotency_key_reused');
});

test('lists page with a cursor; for await walks every page', async (t) => {
  const { signport, sent } = await sdkWorld(t);
  for (let n = 1; n <= 7; n++)
    await signport.clients.create({ name: `Client ${n}`, type: 'owner' });

  const first = await signport.clients.list({ limit: 3 });
  assert.equal(first.items.length, 3);
  assert.ok(first.nextCursor);

  sent.length = 0;
  const names: string[] = [];
  for await (const client of signport.clients.list({ limit: 3, type: 'owner' }))
    names.push(client.name);
  assert.equal(names.length, 7);
  assert.equal(new Set(names).size, 7, 'no client twice');
  assert.equal(sent.length, 3, 'three pages of at most three');
  assert.ok(
    sent.every((call) => call.idempotencyKey === null),
    'reads carry no Idempotency-Key',
  );
});

test('clients get portal access and an invitation; updates and deletes go through', async (t) => {
  const { signport } = await sdkWorld(t);
  const client = await signport.clients.create({
    name: 'Olive Owner',
    email: 'olive@example.com',
    type: 'owner',
  });
  const access = await signport.clients.portalAccess.set(client.id, {
    profile: { mode: 'new' },
    grants: ['documents', 'feedback'],
  });
  assert.equal(access.username, 'olive@example.com');
  assert.equal(access.state, 'not_invited');
  await signport.clients.portalAccess.invite(client.id);
  assert.equal((await signport.clients.portalAccess.get(client.id)).state, 'invited');

  assert.equal(
    (await signport.clients.update(client.id, { status: 'inactive' })).status,
    'inactive',
  );
  await signport.clients.delete(client.id);
  const gone = await signport.clients.get(client.id).catch((e: unknown) => e);
  assert.ok(gone instanceof SignportError);
  assert.equal(gone.code, 'not_found');
});

test('as a user: templates, sessions, party links, audit, void', async (t) => {
  const { signport, server } = await sdkWorld(t);
  await signport.users.upsert('agent-42', { name: 'Dana Agent', email: 'dana@shoreline.test' });
  const dana = signport.asUser('agent-42');

  const template = await dana.templates.upload({
    name: 'Purchase Agreement',
    file: await makePurchaseAgreement(),
    roles: PURCHASE_ROLES,
  });
  assert.equal(template.name, 'Purchase Agreement');
  const renamed = await dana.templates.update(template.id, {
    name: 'Residential Purchase Agreement',
  });
  assert.equal(renamed.name, 'Residential Purchase Agreement');
  const listed = [];
  for await (const item of dana.templates.list()) listed.push(item.id);
  assert.deepEqual(listed, [template.id]);

  let ready = await dana.templates.get(template.id);
  for (let tries = 0; ready.status === 'processing' && tries < 100; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    ready = await dana.templates.get(template.id);
  }
  assert.equal(ready.status, 'ready');

  const session = await dana.sessions.create({
    templateId: template.id,
    parties: [
      { role: 'buyer', name: 'Bob Buyer', email: 'bob@example.com' },
      { role: 'seller', name: 'Sam Seller', email: 'sam@example.com' },
    ],
  });
  assert.equal(session.status, 'draft');
  assert.equal((await dana.sessions.send(session.id)).status, 'sent');
  const detail = await dana.sessions.get(session.id);
  const buyer = detail.parties.find((party) => party.role === 'buyer')!;

  const link = await dana.sessions.partyLink(session.id, buyer.id);
  const party = await fetch(`${server.url}/v1/party`, {
    headers: { authorization: `Bearer ${link.token}` },
  });
  assert.equal(party.status, 200, 'the party link opens the buyer’s view');

  const sessions = [];
  for await (const item of dana.sessions.list({ limit: 1 })) sessions.push(item.id);
  assert.deepEqual(sessions, [session.id]);
  assert.ok((await dana.sessions.audit(session.id)).events.length > 0);
  const reminded = await dana.sessions.remind(session.id, { partyIds: [buyer.id] });
  assert.deepEqual(reminded, { reminded: 1, parties: [{ partyId: buyer.id, outcome: 'sent' }] });
  assert.equal(
    (await dana.sessions.void(session.id, { reason: 'Wrong property' })).status,
    'voided',
  );
  const stale = await dana.sessions.send(session.id).catch((e: unknown) => e);
  assert.ok(stale instanceof SignportError);
  assert.equal(stale.code, 'invalid_state');

  const form = await dana.templates.publishForm(template.id);
  assert.ok(form.slug);
  await dana.templates.unpublishForm(template.id);
});

test('delegations are created for two users, listed and revoked', async (t) => {
  const { signport } = await sdkWorld(t);
  const agent = await signport.users.upsert('agent-42', {
    name: 'Dana Agent',
    email: 'dana@shoreline.test',
  });
  const assistant = await signport.users.upsert('assistant-7', {
    name: 'Ash Assistant',
    email: 'ash@shoreline.test',
  });
  const delegation = await signport.delegations.create({
    principalId: agent.id,
    assistantId: assistant.id,
    scopes: ['send', 'contacts'],
  });
  assert.equal(delegation.principal.id, agent.id);
  const senders = await signport.asUser('assistant-7').me();
  assert.equal(senders.user.id, assistant.id);
  assert.deepEqual(
    (await signport.delegations.list()).items.map((d) => d.id),
    [delegation.id],
  );
  await signport.delegations.revoke(delegation.id);
  const [revoked] = (await signport.delegations.list()).items;
  assert.ok(revoked === undefined || revoked.revokedAt !== null);
});

test('plans: create, page, update, enrol and unenrol a team contact, team defaults', async (t) => {
  const { signport, server, account } = await sdkWorld(t);
  const lead = await signport.users.upsert('lead-1', {
    name: 'Rae Rainmaker',
    email: 'rae@shoreline.test',
  });
  // Teams and team contacts are made with plain HTTP: the SDK covers the plan calls.
  const call = async (path: string, body: unknown) => {
    const res = await fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${account.secretKey}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    assert.equal(res.status, 201, await res.clone().text());
    return (await res.json()) as { id: string };
  };
  const team = await call('/v1/teams', {
    name: 'Shoreline Team',
    members: [{ userId: lead.id, teamRole: 'rainmaker', permission: 'unlimited' }],
  });
  const contact = await call(`/v1/teams/${team.id}/contacts`, {
    name: 'Carl Contact',
    email: 'carl@example.com',
  });

  const plan = await signport.plans.create({
    teamId: team.id,
    name: 'New lead',
    steps: [{ type: 'task', delayMinutes: 60, title: 'Call the lead' }],
  });
  assert.equal((await signport.plans.get(plan.id)).name, 'New lead');
  const updated = await signport.plans.update(plan.id, {
    name: 'New lead, week one',
    steps: [{ type: 'task', delayMinutes: 30, title: 'Call the lead' }],
  });
  assert.equal(updated.name, 'New lead, week one');
  const plans = [];
  for await (const item of signport.plans.list({ teamId: team.id })) plans.push(item.id);
  assert.deepEqual(plans, [plan.id]);

  const { items: enrolled } = await signport.plans.enroll(plan.id, { contactIds: [contact.id] });
  assert.equal(enrolled.length, 1);
  assert.equal((await signport.plans.enrollments(plan.id)).items.length, 1);
  await signport.plans.unenroll(plan.id, enrolled[0]!.id);

  const defaults = await signport.plans.setDefaults(team.id, {
    task: 'rainmaker',
    email: 'rainmaker',
    sms: 'contact_assignee',
  });
  assert.deepEqual(await signport.plans.defaults(team.id), defaults);
  assert.ok((await signport.usage.get()).agents);
  await signport.plans.delete(plan.id);
});

/** A loopback receiver keeping each delivery's headers and raw body. */
async function receiver(t: TestContext) {
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, received };
}

test('webhook endpoints are managed, and verifyWebhook accepts exactly what the server signed', async (t) => {
  const { signport, runJobs } = await sdkWorld(t);
  const hooks = await receiver(t);
  const endpoint = await signport.webhooks.create({
    url: hooks.url,
    eventTypes: ['client.deactivated'],
  });
  assert.match(endpoint.secret, /^whsec_/);
  assert.equal((await signport.webhooks.get(endpoint.id)).url, hooks.url);
  assert.deepEqual(
    (await signport.webhooks.list()).items.map((e) => e.id),
    [endpoint.id],
  );
  assert.equal(
    (await signport.webhooks.update(endpoint.id, { description: 'CRM sync' })).description,
    'CRM sync',
  );
  assert.equal((await signport.webhooks.secret(endpoint.id)).secret, endpoint.secret);

  const client = await signport.clients.create({ name: 'Bob Buyer', type: 'buyer' });
  await signport.clients.update(client.id, { status: 'inactive' });
  await runJobs();
  assert.equal(hooks.received.length, 1);
  const [delivery] = hooks.received;
  const event = await verifyWebhook(delivery!.headers, delivery!.body, endpoint.secret);
  assert.equal(event.type, 'client.deactivated');
  assert.equal(event.data['clientId'], client.id);
  const bytes = await verifyWebhook(
    new Headers(delivery!.headers as Record<string, string>),
    new TextEncoder().encode(delivery!.body),
    endpoint.secret,
  );
  assert.deepEqual(bytes, event);

  const refusals = [
    () =>
      verifyWebhook(
        delivery!.headers,
        delivery!.body.replace('client.deactivated', 'client.activated'),
        endpoint.secret,
      ),
    () =>
      verifyWebhook(
        delivery!.headers,
        delivery!.body,
        `whsec_${Buffer.alloc(32, 7).toString('base64')}`,
      ),
    () =>
      verifyWebhook(delivery!.headers, delivery!.body, endpoint.secret, {
        now: new Date(Date.now() + 10 * 60_000),
      }),
    () =>
      verifyWebhook(
        { ...delivery!.headers, 'webhook-signature': undefined },
        delivery!.body,
        endpoint.secret,
      ),
  ];
  for (const refusal of refusals) await assert.rejects(refusal, WebhookVerificationError);

  const rotated = await signport.webhooks.rotateSecret(endpoint.id);
  assert.notEqual(rotated.secret, endpoint.secret);
  const deliveries = [];
  for await (const item of signport.webhooks.deliveries(endpoint.id, { status: 'succeeded' }))
    deliveries.push(item);
  assert.equal(deliveries.length, 1);
  await signport.webhooks.redeliver(endpoint.id, deliveries[0]!.id);
  await runJobs();
  assert.equal(hooks.received.length, 2);
  const resent = hooks.received[1]!;
  // During a rotation both secrets sign: either verifies.
  assert.equal(
    (await verifyWebhook(resent.headers, resent.body, rotated.secret)).type,
    'client.deactivated',
  );
  assert.equal(
    (await verifyWebhook(resent.headers, resent.body, endpoint.secret)).type,
    'client.deactivated',
  );

  await signport.webhooks.delete(endpoint.id);
  assert.deepEqual((await signport.webhooks.list()).items, []);
});

test('teams, properties, and a client’s messages, communication log and activity feed', async (t) => {
  const { signport } = await sdkWorld(t);
  const rainmaker = await signport.users.upsert('agent-42', {
    name: 'Dana Agent',
    email: 'dana@example.com',
  });
  const member = await signport.users.upsert('agent-43', {
    name: 'Milo Member',
    email: 'milo@example.com',
  });
  const team = await signport.teams.create({
    name: 'Harbor Team',
    members: [
      { userId: rainmaker.id, teamRole: 'rainmaker', permission: 'unlimited' },
      { userId: member.id, teamRole: 'member', permission: 'basic' },
    ],
  });
  assert.deepEqual((await signport.teams.get(team.id)).members.length, 2);
  const contact = await signport.teams.contacts.create(team.id, {
    name: 'Carol Client',
    email: 'carol@example.com',
    assigneeId: member.id,
  });
  assert.deepEqual(
    (await signport.teams.contacts.list(team.id)).items.map((item) => item.id),
    [contact.id],
  );
  assert.deepEqual((await signport.teams.contacts.timeline(team.id, contact.id)).items, []);
  const duplicate = await signport.teams
    .create({
      name: 'Twice',
      members: [
        { userId: rainmaker.id, teamRole: 'rainmaker', permission: 'unlimited' },
        { userId: rainmaker.id, teamRole: 'member', permission: 'basic' },
      ],
    })
    .catch((error: unknown) => error);
  assert.ok(duplicate instanceof SignportError);
  assert.equal(duplicate.code, 'validation_failed');

  const client = await signport.clients.create({
    name: 'Olive Owner',
    type: 'owner',
    assignedAgentId: rainmaker.id,
  });
  const property = await signport.properties.create({
    address: '12 Harbour Road',
    ownerIds: [client.id],
  });
  assert.equal((await signport.properties.get(property.id)).address, '12 Harbour Road');
  const renamed = await signport.properties.update(property.id, { reference: 'MLS-7' });
  assert.equal(renamed.reference, 'MLS-7');
  const listed = [];
  for await (const item of signport.properties.list({ limit: 1 })) listed.push(item.id);
  assert.deepEqual(listed, [property.id]);
  const feedback = await signport.properties.feedback.create(property.id, {
    comments: 'Loved the garden',
    rating: 4,
    showingAt: '2030-01-14T15:00:00.000Z',
  });
  assert.deepEqual(
    (await signport.properties.feedback.list(property.id)).items.map((item) => item.id),
    [feedback.id],
  );

  const message = await signport.clients.messages.send(client.id, { body: 'The offer came in.' });
  const messages = [];
  for await (const item of signport.clients.messages.list(client.id)) messages.push(item.id);
  assert.deepEqual(messages, [message.id]);
  await signport.clients.messages.markRead(client.id);
  assert.equal(typeof (await signport.clients.messages.unread()).total, 'number');
  const call = await signport.clients.communications.log(client.id, {
    kind: 'call',
    summary: 'Discussed the asking price',
  });
  assert.ok(
    (await signport.clients.communications.list(client.id)).items.some(
      (item) => item.id === call.id,
    ),
  );
  const showing = await signport.clients.activity.record(client.id, {
    kind: 'showing',
    summary: 'Showing with the Lees',
  });
  assert.ok(
    (await signport.clients.activity.list(client.id)).items.some((item) => item.id === showing.id),
  );
});
