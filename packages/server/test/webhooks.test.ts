import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import type {
  CreatedWebhookEndpoint,
  Session,
  WebhookDelivery,
  WebhookDeliveryList,
  WebhookEndpoint,
  WebhookSecret,
} from '@signport/core';
import { createApp } from '../src/app.js';
import { embedTokenKey } from '../src/capabilities/embed-tokens/embed-token-key.js';
import { createJobHandlers } from '../src/create-job-handlers.js';
import { runDueJobs } from '../src/platform/jobs/run-due-jobs.js';
import { deliverWebhook } from '../src/capabilities/webhooks/deliver-webhook.js';
import { WEBHOOK_DELIVERY_JOB } from '../src/capabilities/webhooks/schedule-webhook-attempt.js';
import { webhookRetryDelay } from '../src/capabilities/webhooks/webhook-retry-delay.js';
import { makePurchaseAgreement } from './fixtures/make-purchase-agreement.js';
import { createSession, uploadedTemplate } from './support/signing.js';
import {
  bearer,
  json,
  manualClock,
  seedAccount,
  testConfig,
  testDatabase,
  userWithToken,
} from './support/test-server.js';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A real HTTP receiver on loopback answering each delivery with the next status of `statuses`. */
async function receiver(t: TestContext, statuses: number[] = []) {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      const status = statuses.shift() ?? 200;
      res.writeHead(status, { 'content-type': 'text/plain' }).end(`answer ${status}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hooks`, received };
}

/** An app whose clock starts now, so that `standardwebhooks` accepts the signed timestamps. */
async function webhookWorld(t: TestContext, env: Record<string, string> = {}) {
  const db = await testDatabase(t);
  const config = testConfig({ WEBHOOKS_ALLOW_PRIVATE_URLS: 'true', ...env });
  const time = manualClock(new Date());
  const app = createApp({ db, config, clock: time.clock });
  const account = await seedAccount({ db, time });
  const other = await seedAccount({ db, time }, 'Harbor Homes', ['https://www.harbor.test']);
  const handlers = createJobHandlers({ db, config, clock: time.clock });
  const as = (key: string) => ({
    request: (method: string, path: string, body?: unknown) =>
      app.request(
        path,
        body === undefined ? { method, headers: bearer(key) } : json(method, body, bearer(key)),
      ),
  });
  return {
    app,
    db,
    config,
    time,
    account,
    host: as(account.secretKey),
    stranger: as(other.secretKey),
    runJobs: () => runDueJobs({ db, handlers, clock: time.clock }),
  };
}

type World = Awaited<ReturnType<typeof webhookWorld>>;

async function addEndpoint(world: World, body: Record<string, unknown>) {
  const res = await world.host.request('POST', '/v1/webhooks', body);
  assert.equal(res.status, 201, await res.clone().text());
  return (await res.json()) as CreatedWebhookEndpoint;
}

/** Creates a client and sets it inactive: `client.deactivated`. */
async function deactivateClient(world: World, name = 'Bob Buyer'): Promise<string> {
  const created = await world.host.request('POST', '/v1/clients', { name, type: 'buyer' });
  assert.equal(created.status, 201, await created.clone().text());
  const { id } = (await created.json()) as { id: string };
  const patched = await world.host.request('PATCH', `/v1/clients/${id}`, { status: 'inactive' });
  assert.equal(patched.status, 200, await patched.clone().text());
  return id;
}

async function deliveries(world: World, endpointId: string): Promise<WebhookDelivery[]> {
  const res = await world.host.request('GET', `/v1/webhooks/${endpointId}/deliveries`);
  assert.equal(res.status, 200);
  return ((await res.json()) as WebhookDeliveryList).items;
}

function headersOf(delivery: Received): Record<string, string> {
  return {
    'webhook-id': String(delivery.headers['webhook-id']),
    'webhook-timestamp': String(delivery.headers['webhook-timestamp']),
    'webhook-signature': String(delivery.headers['webhook-signature']),
  };
}

test('an endpoint gets a whsec_ secret and is managed through /v1/webhooks', async (t) => {
  const world = await webhookWorld(t);
  const created = await addEndpoint(world, {
    url: 'https://hooks.shoreline.test/signport',
    description: 'CRM sync',
    eventTypes: ['session.completed'],
  });
  assert.match(created.secret, /^whsec_[A-Za-z0-9+/]{43}=$/);
  assert.deepEqual(created.eventTypes, ['session.completed']);
  assert.equal(created.enabled, true);

  const fetched = await world.host.request('GET', `/v1/webhooks/${created.id}`);
  const endpoint = (await fetched.json()) as WebhookEndpoint;
  assert.equal(endpoint.description, 'CRM sync');
  assert.equal('secret' in endpoint, false, 'the secret is not part of the endpoint');
  const secret = (await (
    await world.host.request('GET', `/v1/webhooks/${created.id}/secret`)
  ).json()) as WebhookSecret;
  assert.equal(secret.secret, created.secret);

  const patched = await world.host.request('PATCH', `/v1/webhooks/${created.id}`, {
    eventTypes: null,
    enabled: false,
  });
  assert.equal(patched.status, 200);
  const updated = (await patched.json()) as WebhookEndpoint;
  assert.equal(updated.eventTypes, null);
  assert.equal(updated.enabled, false);
  assert.equal(updated.url, 'https://hooks.shoreline.test/signport');

  const list = (await (await world.host.request('GET', '/v1/webhooks')).json()) as {
    items: WebhookEndpoint[];
  };
  assert.deepEqual(
    list.items.map((item) => item.id),
    [created.id],
  );
  assert.equal((await world.host.request('DELETE', `/v1/webhooks/${created.id}`)).status, 204);
  assert.equal((await world.host.request('GET', `/v1/webhooks/${created.id}`)).status, 404);

  const invalid = await world.host.request('POST', '/v1/webhooks', {
    url: 'https://hooks.shoreline.test',
    eventTypes: ['session.nonsense'],
  });
  assert.equal(invalid.status, 400);
  assert.equal(
    ((await invalid.json()) as { error: { field: string } }).error.field,
    'eventTypes.0',
  );
});

test('another account can neither see nor change an endpoint or its deliveries', async (t) => {
  const world = await webhookWorld(t);
  const hook = await receiver(t);
  const created = await addEndpoint(world, { url: hook.url });
  await deactivateClient(world);
  await world.runJobs();
  const [delivery] = await deliveries(world, created.id);
  assert.ok(delivery);

  const base = `/v1/webhooks/${created.id}`;
  for (const [method, path, body] of [
    ['GET', base],
    ['PATCH', base, { enabled: false }],
    ['DELETE', base],
    ['GET', `${base}/secret`],
    ['POST', `${base}/secret/rotate`],
    ['GET', `${base}/deliveries`],
    ['POST', `${base}/deliveries/${delivery.id}/redeliver`],
  ] as const) {
    const res = await world.stranger.request(method, path, body);
    assert.equal(res.status, 404, `${method} ${path}`);
  }
  const list = (await (await world.stranger.request('GET', '/v1/webhooks')).json()) as {
    items: unknown[];
  };
  assert.deepEqual(list.items, []);
  const unchanged = (await (await world.host.request('GET', base)).json()) as WebhookEndpoint;
  assert.equal(unchanged.enabled, true);
  assert.equal((await deliveries(world, created.id)).length, 1);
  assert.equal((await world.app.request('/v1/webhooks')).status, 401);
});

test('private, loopback, metadata and plain-http URLs are refused without the private-URL flag', async (t) => {
  const world = await webhookWorld(t, { WEBHOOKS_ALLOW_PRIVATE_URLS: 'false' });
  for (const url of [
    'http://hooks.shoreline.test/x',
    'https://127.0.0.1/x',
    'https://localhost:8443/x',
    'https://169.254.169.254/latest/meta-data',
    'https://10.1.2.3/x',
    'https://192.168.1.10/x',
    'https://[::1]/x',
    'https://[fd00:ec2::254]/x',
    'https://[::ffff:127.0.0.1]/x',
    'https://intranet/x',
    'https://user:pass@hooks.shoreline.test/x',
  ]) {
    const res = await world.host.request('POST', '/v1/webhooks', { url });
    assert.equal(res.status, 400, url);
    const { error } = (await res.json()) as { error: { code: string; field: string } };
    assert.deepEqual([error.code, error.field], ['url_not_allowed', 'url'], url);
  }
  const list = (await (await world.host.request('GET', '/v1/webhooks')).json()) as {
    items: unknown[];
  };
  assert.deepEqual(list.items, []);
  assert.equal(
    (await world.host.request('POST', '/v1/webhooks', { url: 'https://hooks.shoreline.test/x' }))
      .status,
    201,
  );
});

test('a delivery to a name or address that resolves privately is refused at connection time', async (t) => {
  const world = await webhookWorld(t);
  const hook = await receiver(t);
  const port = new URL(hook.url).port;
  const byAddress = await addEndpoint(world, { url: hook.url });
  const byName = await addEndpoint(world, { url: `http://localhost:${port}/hooks` });
  await deactivateClient(world);
  // The server that created them allowed private URLs; a worker without the flag still refuses.
  const strictHandler = deliverWebhook({
    db: world.db,
    clock: world.time.clock,
    getRootKey: embedTokenKey(world.db, world.config.secret),
    allowPrivateUrls: false,
  });
  await runDueJobs({
    db: world.db,
    clock: world.time.clock,
    handlers: { [WEBHOOK_DELIVERY_JOB]: strictHandler },
  });

  assert.equal(hook.received.length, 0);
  for (const endpoint of [byAddress, byName]) {
    const [delivery] = await deliveries(world, endpoint.id);
    assert.equal(delivery?.status, 'pending');
    assert.equal(delivery?.attempts[0]?.statusCode, null);
    assert.match(delivery?.attempts[0]?.error ?? '', /^Refused: .*private address/);
  }
});

test('deliveries are signed per Standard Webhooks and follow each endpoint’s event filter', async (t) => {
  const world = await webhookWorld(t);
  const everything = await receiver(t);
  const filtered = await receiver(t);
  const all = await addEndpoint(world, { url: everything.url });
  const onlySent = await addEndpoint(world, { url: filtered.url, eventTypes: ['session.sent'] });
  const clientId = await deactivateClient(world);
  await world.runJobs();

  assert.equal(filtered.received.length, 0, 'client.deactivated is not in the filter');
  assert.equal(everything.received.length, 1);
  const [delivery] = everything.received as [Received];
  const event = new Webhook(all.secret).verify(delivery.body, headersOf(delivery)) as {
    type: string;
    timestamp: string;
    data: Record<string, unknown>;
  };
  assert.equal(event.type, 'client.deactivated');
  assert.deepEqual(event.data, { clientId });
  assert.equal(event.timestamp, world.time.clock().toISOString());
  assert.match(String(delivery.headers['webhook-id']), /^msg_[0-9a-f]{32}$/);
  assert.equal(delivery.headers['content-type'], 'application/json');
  assert.throws(() => new Webhook(onlySent.secret).verify(delivery.body, headersOf(delivery)));
  assert.throws(() =>
    new Webhook(all.secret).verify(
      delivery.body.replace('client.', 'client_'),
      headersOf(delivery),
    ),
  );

  const [logged] = await deliveries(world, all.id);
  assert.equal(logged?.eventType, 'client.deactivated');
  assert.equal(logged?.status, 'succeeded');
  assert.equal(logged?.attemptCount, 1);
  assert.equal(logged?.lastStatusCode, 200);
  assert.equal(logged?.nextAttemptAt, null);
  assert.equal(logged?.eventId, delivery.headers['webhook-id']);
  assert.equal(logged?.attempts[0]?.responseExcerpt, 'answer 200');
  assert.deepEqual(await deliveries(world, onlySent.id), []);
});

test('a failing endpoint is retried with backoff through the job worker, then marked failed after 8 attempts', async (t) => {
  const world = await webhookWorld(t);
  const hook = await receiver(t, [500, 503]);
  const endpoint = await addEndpoint(world, { url: hook.url });
  await deactivateClient(world);

  await world.runJobs();
  let [delivery] = await deliveries(world, endpoint.id);
  assert.equal(delivery?.status, 'pending');
  assert.equal(delivery?.lastStatusCode, 500);
  const retryAt = new Date(world.time.clock().getTime() + webhookRetryDelay(1)).toISOString();
  assert.equal(delivery?.nextAttemptAt, retryAt);

  world.time.advance(webhookRetryDelay(1) - 1000);
  await world.runJobs();
  assert.equal(hook.received.length, 1, 'not before the backoff delay');
  world.time.advance(1000);
  await world.runJobs();
  world.time.advance(webhookRetryDelay(2));
  await world.runJobs();

  [delivery] = await deliveries(world, endpoint.id);
  assert.equal(delivery?.status, 'succeeded');
  assert.deepEqual(
    delivery?.attempts.map((attempt) => [
      attempt.attempt,
      attempt.statusCode,
      attempt.responseExcerpt,
    ]),
    [
      [1, 500, 'answer 500'],
      [2, 503, 'answer 503'],
      [3, 200, 'answer 200'],
    ],
  );
  assert.ok(
    delivery?.attempts.every((attempt) => attempt.durationMs >= 0 && attempt.error === null),
  );
  assert.equal(
    new Set(hook.received.map((r) => r.headers['webhook-id'])).size,
    1,
    'one webhook-id',
  );
  for (const received of hook.received) {
    new Webhook(endpoint.secret).verify(received.body, headersOf(received));
  }

  const failing = await receiver(t, Array(20).fill(500));
  const doomed = await addEndpoint(world, { url: failing.url });
  await deactivateClient(world, 'Carla Seller');
  for (let attempt = 1; attempt <= 10; attempt++) {
    await world.runJobs();
    world.time.advance(webhookRetryDelay(attempt));
  }
  const [given] = await deliveries(world, doomed.id);
  assert.equal(failing.received.length, 8);
  assert.equal(given?.status, 'failed');
  assert.equal(given?.attemptCount, 8);
  assert.equal(given?.nextAttemptAt, null);
});

test('a delivery can be sent again by hand, as a new delivery of the same event', async (t) => {
  const world = await webhookWorld(t);
  const hook = await receiver(t, Array(8).fill(500));
  const endpoint = await addEndpoint(world, { url: hook.url });
  await deactivateClient(world);
  for (let attempt = 1; attempt <= 8; attempt++) {
    await world.runJobs();
    world.time.advance(webhookRetryDelay(attempt));
  }
  const [failed] = await deliveries(world, endpoint.id);
  assert.equal(failed?.status, 'failed');

  const res = await world.host.request(
    'POST',
    `/v1/webhooks/${endpoint.id}/deliveries/${failed.id}/redeliver`,
  );
  assert.equal(res.status, 202);
  const queued = (await res.json()) as WebhookDelivery;
  assert.equal(queued.status, 'pending');
  assert.equal(queued.redeliveryOf, failed.id);
  assert.equal(queued.eventId, failed.eventId);
  await world.runJobs();

  const [latest, original] = await deliveries(world, endpoint.id);
  assert.equal(latest?.id, queued.id);
  assert.equal(latest?.status, 'succeeded');
  assert.equal(original?.status, 'failed');
  assert.equal(hook.received.length, 9);
  assert.equal(hook.received.at(-1)?.headers['webhook-id'], failed.eventId);

  const missing = await world.host.request(
    'POST',
    `/v1/webhooks/${endpoint.id}/deliveries/whd_nope/redeliver`,
  );
  assert.equal(missing.status, 404);
  await world.host.request('PATCH', `/v1/webhooks/${endpoint.id}`, { enabled: false });
  const disabled = await world.host.request(
    'POST',
    `/v1/webhooks/${endpoint.id}/deliveries/${failed.id}/redeliver`,
  );
  assert.equal(disabled.status, 409);
  assert.equal((await deliveries(world, endpoint.id)).length, 2);
});

test('after a rotation deliveries carry signatures with the new and the previous secret', async (t) => {
  const world = await webhookWorld(t);
  const hook = await receiver(t);
  const endpoint = await addEndpoint(world, { url: hook.url });
  const rotated = await world.host.request('POST', `/v1/webhooks/${endpoint.id}/secret/rotate`);
  assert.equal(rotated.status, 200);
  const { secret, previousSecretExpiresAt } = (await rotated.json()) as WebhookSecret;
  assert.notEqual(secret, endpoint.secret);
  assert.ok(previousSecretExpiresAt);
  await deactivateClient(world);
  await world.runJobs();

  const [received] = hook.received as [Received];
  assert.equal(String(received.headers['webhook-signature']).split(' ').length, 2);
  new Webhook(secret).verify(received.body, headersOf(received));
  new Webhook(endpoint.secret).verify(received.body, headersOf(received));
});

test('session transitions recorded in the audit trail are sent as events; refused requests send none', async (t) => {
  const world = await webhookWorld(t);
  const hook = await receiver(t);
  const endpoint = await addEndpoint(world, { url: hook.url });
  const betty = await userWithToken(world.app, world.account.secretKey, 'betty');
  const template = await uploadedTemplate(world.app, betty.token, await makePurchaseAgreement());

  const refused = await world.app.request(
    '/v1/sessions',
    json('POST', { templateId: 'tpl_missing', send: true }, bearer(betty.token)),
  );
  assert.equal(refused.status, 404);
  assert.deepEqual(await deliveries(world, endpoint.id), []);

  const session: Session = await createSession(world.app, betty.token, {
    templateId: template.id,
    parties: [
      { role: 'buyer', name: 'Bob Buyer', email: 'bob@example.com' },
      { role: 'seller', name: 'Sam Seller', email: 'sam@example.com' },
    ],
    send: true,
  });
  await world.runJobs();
  const events = hook.received.map((received) =>
    new Webhook(endpoint.secret).verify(received.body, headersOf(received)),
  ) as { type: string; data: Record<string, unknown> }[];
  assert.deepEqual(events.map((event) => event.type).sort(), ['session.created', 'session.sent']);
  for (const event of events) {
    assert.equal(event.data.sessionId, session.id);
    assert.equal(event.data.userId, betty.userId);
  }
});
