import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { PartyView, Session, Template } from '@signport/core';
import { makePurchaseAgreement } from './fixtures/make-purchase-agreement.js';
import { makeSignaturePng } from './fixtures/make-signature-png.js';
import { apiWorld, ownCredential, type ApiWorld } from './support/api-world.js';
import { exampleRequest } from './support/example-request.js';
import { listOperations, readsFirst } from './support/openapi-operations.js';
import { ResponseValidator } from './support/response-validator.js';
import { runJobs, uploadTemplate } from './support/signing.js';
import { bearer, json } from './support/test-server.js';
import { webhookEvents } from '../src/platform/db/schema/index.js';

// Every answer the app gives in this file, the world's own setup included, is checked against
// GET /v1/openapi.json: its status must be documented and its JSON body must match the schema.
let world: ApiWorld;
let validator: ResponseValidator;

before(async () => {
  world = await apiWorld({
    onApp: async (app) => {
      validator = await ResponseValidator.of(app);
      validator.observe(app);
    },
  });
});
after(() => world.close());

/** What each party fills: the first value saved on its own, the rest sent on completion. */
const FILLED_BY: Record<string, Record<string, string>> = {
  buyer: { buyer_name: 'Bob Buyer', buyer_email: 'flow.buyer@example.test' },
  seller: { seller_name: 'Sue Seller' },
};

async function call(path: string, init: RequestInit = {}): Promise<Response> {
  return world.app.request(path, init);
}

async function ok<T>(res: Response, status: number): Promise<T> {
  assert.equal(res.status, status, await res.clone().text());
  return (await res.json()) as T;
}

test('a signing flow answers as documented, refusals and replays included', async () => {
  const { bernie } = world;
  const template = await ok<Template>(
    await uploadTemplate(world.app, bernie.token, await makePurchaseAgreement()),
    201,
  );
  await ok(
    await call(
      `/v1/templates/${template.id}`,
      json('PATCH', { signingOrder: 'parallel' }, bearer(bernie.token)),
    ),
    200,
  );
  const page = await call(`/v1/templates/${template.id}/pages/1`, {
    headers: bearer(bernie.token),
  });
  assert.equal(page.status, 200);
  const etag = page.headers.get('etag');
  assert.ok(etag);
  const notModified = await call(`/v1/templates/${template.id}/pages/1`, {
    headers: { ...bearer(bernie.token), 'if-none-match': etag },
  });
  assert.equal(notModified.status, 304);
  for (const res of [page, notModified]) assert.match(res.headers.get('x-request-id') ?? '', /\S/);

  const create = {
    templateId: template.id,
    parties: [
      { role: 'buyer', name: 'Bob Buyer', email: 'flow.buyer@example.test' },
      { role: 'seller', name: 'Sue Seller', email: 'flow.seller@example.test' },
    ],
    values: {
      property_address: '1428 Elm Street, Unit 3B',
      property_city_state_zip: 'Springfield, IL 62704',
      purchase_price: '452,500.00',
      earnest_money: '10,000.00',
      closing_date: '2030-07-15',
      possession: 'At closing',
      title_company: 'Fidelity National Title',
    },
    message: { body: 'Please sign.' },
    send: true,
  };
  const keyed = (key: string, body: unknown) =>
    json('POST', body, { ...bearer(bernie.token), 'Idempotency-Key': key });
  const first = await call('/v1/sessions', keyed('flow-1', create));
  const session = await ok<Session>(first, 201);
  const replay = await call('/v1/sessions', keyed('flow-1', create));
  assert.equal(replay.headers.get('idempotent-replayed'), 'true');
  const firstId = first.headers.get('x-request-id');
  assert.ok(firstId && replay.headers.get('x-request-id'), 'both answers carry a request id');
  assert.notEqual(replay.headers.get('x-request-id'), firstId, 'a replay carries its own id');
  assert.equal(((await replay.json()) as Session).id, session.id);
  assert.equal(
    (await call('/v1/sessions', keyed('flow-1', { ...create, send: false }))).status,
    422,
  );
  assert.equal((await call('/v1/sessions', keyed('bad key with spaces', create))).status, 400);
  assert.equal(
    (await call(`/v1/sessions/${'x'.repeat(101)}`, { headers: bearer(bernie.token) })).status,
    400,
    'a malformed path parameter',
  );
  assert.equal(
    (await call('/v1/sessions/ses_missing', { headers: bearer(bernie.token) })).status,
    404,
  );
  assert.equal((await call('/v1/sessions')).status, 401);

  const signature = `data:image/png;base64,${Buffer.from(await makeSignaturePng(600, 200)).toString('base64')}`;
  const initials = `data:image/png;base64,${Buffer.from(await makeSignaturePng(240, 120)).toString('base64')}`;
  for (const party of session.parties) {
    const { token } = await ok<{ token: string }>(
      await call(`/v1/sessions/${session.id}/parties/${party.id}/link`, {
        method: 'POST',
        headers: bearer(bernie.token),
      }),
      201,
    );
    const view = await ok<PartyView>(await call('/v1/party', { headers: bearer(token) }), 200);
    const [saved, ...rest] = Object.entries(FILLED_BY[party.role] ?? {});
    if (saved) {
      await ok(
        await call(
          '/v1/party/values',
          json('PATCH', { values: { [saved[0]]: saved[1] } }, bearer(token)),
        ),
        200,
      );
    }
    const signatures = Object.fromEntries(
      template.fields
        .filter((f) => f.role === party.role && (f.type === 'signature' || f.type === 'initials'))
        .map((f) => [f.id, f.type === 'initials' ? initials : signature]),
    );
    const incomplete = await call(
      '/v1/party/complete',
      json(
        'POST',
        { consent: { accepted: true, disclosureVersion: view.consent.version } },
        bearer(token),
      ),
    );
    assert.equal(incomplete.status, 400, 'no signature yet');
    await ok(
      await call(
        '/v1/party/complete',
        json(
          'POST',
          {
            consent: { accepted: true, disclosureVersion: view.consent.version },
            signatures,
            values: Object.fromEntries(rest),
          },
          bearer(token),
        ),
      ),
      200,
    );
    await call('/v1/party/workroom', { headers: bearer(token) });
  }
  await runJobs(world.db, world.config, world.time);
  const sealed = await ok<Session>(
    await call(`/v1/sessions/${session.id}`, { headers: bearer(bernie.token) }),
    200,
  );
  assert.equal(sealed.status, 'completed');
  const pdf = await call(`/v1/sessions/${session.id}/document.pdf`, {
    headers: bearer(bernie.token),
  });
  assert.equal(pdf.headers.get('content-type'), 'application/pdf');
  assert.match(pdf.headers.get('x-request-id') ?? '', /\S/);
  await call(`/v1/sessions/${session.id}/audit`, { headers: bearer(bernie.token) });
  await call(`/v1/sessions/${session.id}/workroom`, { headers: bearer(bernie.token) });
  await call(`/v1/sessions?limit=2`, { headers: bearer(bernie.token) });

  await validator.settled();
  assert.deepEqual(validator.problems, []);
});

test('every operation, called by its owner with an example request, answers as documented', async () => {
  const operations = readsFirst(await listOperations(world.app));
  for (const operation of operations) {
    const request = exampleRequest(
      operation,
      world.pathValues,
      (name) => world.propertyValues[name],
    );
    const token = ownCredential(world, operation.schemes);
    await call(request.url, {
      method: request.method,
      headers: { ...request.headers, ...(token ? bearer(token) : {}) },
      ...(request.body === undefined ? {} : { body: request.body }),
    });
  }
  await validator.settled();
  const statuses = new Map<string, number>();
  for (const { status } of validator.observed) {
    const kind = `${Math.floor(status / 100)}xx`;
    statuses.set(kind, (statuses.get(kind) ?? 0) + 1);
  }
  const operationsSeen = new Set(validator.observed.map(({ label }) => label));
  console.log(
    `response validation: ${validator.observed.length} answers of ${operationsSeen.size}/${operations.length} operations checked (${[...statuses].map(([kind, n]) => `${n} ${kind}`).join(', ')}), ${validator.problems.length} problems`,
  );
  assert.deepEqual(validator.problems, []);
  assert.equal(operationsSeen.size, operations.length, 'every operation answered at least once');
});

test("every webhook event the flows above sent matches the document's webhooks section", async () => {
  const events = await world.db.select().from(webhookEvents);
  const before = validator.problems.length;
  for (const event of events) {
    validator.checkWebhookEvent({
      type: event.type,
      timestamp: event.occurredAt.toISOString(),
      data: event.data,
    });
  }
  const types = [...new Set(events.map((event) => event.type))].sort();
  console.log(
    `webhook validation: ${events.length} events of ${types.length} types: ${types.join(', ')}`,
  );
  assert.deepEqual(validator.problems.slice(before), []);
  assert.ok(types.length >= 8, 'the flows sent most kinds of event');
});
