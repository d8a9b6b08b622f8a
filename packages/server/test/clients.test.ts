import { test } from 'node:test';
import assert from 'node:assert/strict';
import type {
  ActivityList,
  Client,
  ClientDocument,
  ClientDocumentList,
  ClientList,
  CommunicationList,
  FeedbackList,
  PortalMessageList,
  Property,
  UnreadClientMessages,
} from '@signport/core';
import { bearer, seedAccount, userWithToken } from './support/test-server.js';
import { body, portalWorld } from './support/portal-fixture.js';

test('clients: create, read, list with filters, update, delete — all in one error shape', async (t) => {
  const world = await portalWorld(t);
  const property = await body<Property>(
    await world.asAgent('POST', '/v1/properties', {
      address: '12 Harbour Road',
      reference: 'MLS-1',
    }),
  );

  const created = await world.asAgent('POST', '/v1/clients', {
    name: 'Olive Owner',
    email: 'Olive@Example.com',
    phone: '+1 555 010 2000',
    type: 'owner',
    propertyIds: [property.id],
  });
  assert.equal(created.status, 201);
  const olive = await body<Client>(created);
  assert.equal(olive.email, 'olive@example.com');
  assert.equal(olive.status, 'active');
  assert.equal(olive.assignedAgent?.id, world.agent.userId, 'an agent’s new client is theirs');
  assert.deepEqual(olive.propertyIds, [property.id]);
  assert.equal(olive.hasPortalAccess, false);
  assert.equal(olive.unreadMessages, 0);

  await world.asAgent('POST', '/v1/clients', { name: 'Bob Buyer', type: 'buyer' });
  const owners = await body<ClientList>(await world.asAgent('GET', '/v1/clients?type=owner'));
  assert.deepEqual(
    owners.items.map((client) => client.name),
    ['Olive Owner'],
  );
  const search = await body<ClientList>(await world.asAgent('GET', '/v1/clients?search=BOB'));
  assert.deepEqual(
    search.items.map((client) => client.name),
    ['Bob Buyer'],
  );
  const paged = await body<ClientList>(await world.asAgent('GET', '/v1/clients?limit=1'));
  assert.equal(paged.items.length, 1);
  assert.ok(paged.nextCursor);
  const next = await body<ClientList>(
    await world.asAgent('GET', `/v1/clients?limit=1&cursor=${paged.nextCursor}`),
  );
  assert.equal(next.items.length, 1);
  assert.notEqual(next.items[0]?.id, paged.items[0]?.id);
  assert.equal(next.nextCursor, null);

  const linked = await body<Property>(await world.asAgent('GET', `/v1/properties/${property.id}`));
  assert.deepEqual(linked.ownerIds, [olive.id]);

  const patched = await world.asAgent('PATCH', `/v1/clients/${olive.id}`, {
    type: 'landlord',
    propertyIds: [],
  });
  assert.equal(patched.status, 200);
  const updated = await body<Client>(patched);
  assert.equal(updated.type, 'landlord');
  assert.deepEqual(updated.propertyIds, []);

  const invalid = await world.asAgent('POST', '/v1/clients', { name: 'X', type: 'investor' });
  assert.equal(invalid.status, 400);
  assert.deepEqual((await body<{ error: { field: string } }>(invalid)).error.field, 'type');
  const unknownProperty = await world.asAgent('PATCH', `/v1/clients/${olive.id}`, {
    propertyIds: ['prp_nope'],
  });
  assert.equal(unknownProperty.status, 400);
  assert.equal(
    (await body<{ error: { field: string } }>(unknownProperty)).error.field,
    'propertyIds',
  );
  const badCursor = await world.asAgent('GET', '/v1/clients?cursor=nonsense');
  assert.equal(badCursor.status, 400);

  assert.equal((await world.asAgent('DELETE', `/v1/clients/${olive.id}`)).status, 204);
  assert.equal((await world.asAgent('GET', `/v1/clients/${olive.id}`)).status, 404);
});

test('an agent sees only their own clients; the host sees all; other accounts see nothing', async (t) => {
  const world = await portalWorld(t);
  const carl = await userWithToken(world.app, world.secretKey, 'carl');
  const olive = await world.addClient({ name: 'Olive Owner', type: 'owner' });

  const asCarl = await world.app.request(`/v1/clients/${olive.id}`, {
    headers: bearer(carl.token),
  });
  assert.equal(asCarl.status, 404);
  const carlList = await body<ClientList>(
    await world.app.request('/v1/clients', { headers: bearer(carl.token) }),
  );
  assert.deepEqual(carlList.items, []);
  const reassign = await world.asAgent('POST', '/v1/clients', {
    name: 'Stolen',
    type: 'buyer',
    assignedAgentId: carl.userId,
  });
  assert.equal(reassign.status, 403);

  const host = await body<ClientList>(await world.host('GET', '/v1/clients'));
  assert.deepEqual(
    host.items.map((client) => client.id),
    [olive.id],
  );

  const harbor = await seedAccount(world, 'Harbor Homes', ['https://harbor.test']);
  for (const path of [`/v1/clients/${olive.id}`, `/v1/clients/${olive.id}/communications`]) {
    const res = await world.app.request(path, { headers: bearer(harbor.secretKey) });
    assert.equal(res.status, 404, path);
  }
});

test('communication log and activity: written by host and agent, read newest first', async (t) => {
  const world = await portalWorld(t);
  const olive = await world.addClient({ name: 'Olive Owner', type: 'owner' });
  const call = await world.host('POST', `/v1/clients/${olive.id}/communications`, {
    kind: 'call',
    summary: 'Called about the open house',
    occurredAt: '2030-01-10T09:00:00Z',
  });
  assert.equal(call.status, 201);
  await world.asAgent('POST', `/v1/clients/${olive.id}/communications`, {
    kind: 'cma',
    summary: 'Sent the CMA',
    body: 'Three comparables',
  });
  const invalid = await world.host('POST', `/v1/clients/${olive.id}/communications`, {
    kind: 'fax',
    summary: 'x',
  });
  assert.equal(invalid.status, 400);

  const log = await body<CommunicationList>(
    await world.asAgent('GET', `/v1/clients/${olive.id}/communications`),
  );
  assert.deepEqual(
    log.items.map((entry) => [entry.kind, entry.source]),
    [
      ['cma', 'agent'],
      ['call', 'host'],
    ],
  );
  assert.equal(log.items[0]?.body, 'Three comparables');

  await world.host('POST', `/v1/clients/${olive.id}/activity`, {
    kind: 'showing',
    summary: 'Showing with the Parkers',
  });
  const badKind = await world.host('POST', `/v1/clients/${olive.id}/activity`, {
    kind: 'Showing!',
    summary: 'x',
  });
  assert.equal(badKind.status, 400);
  const activity = await body<ActivityList>(
    await world.host('GET', `/v1/clients/${olive.id}/activity`),
  );
  assert.deepEqual(
    activity.items.map((entry) => entry.kind),
    ['showing'],
  );
});

test('documents: upload, list, tick accessible, download, delete', async (t) => {
  const world = await portalWorld(t);
  const olive = await world.addClient({ name: 'Olive Owner', type: 'owner' });
  const form = new FormData();
  form.set(
    'file',
    new File(['%PDF-1.7 listing'], 'Listing agreement.pdf', { type: 'application/pdf' }),
  );
  form.set('accessible', 'false');
  const upload = await world.app.request(`/v1/clients/${olive.id}/documents`, {
    method: 'POST',
    headers: bearer(world.agent.token),
    body: form,
  });
  assert.equal(upload.status, 201, await upload.clone().text());
  const document = await body<ClientDocument>(upload);
  assert.equal(document.name, 'Listing agreement.pdf');
  assert.equal(document.accessible, false);
  assert.equal(document.size, 16);

  const empty = new FormData();
  empty.set('name', 'nothing');
  const refused = await world.app.request(`/v1/clients/${olive.id}/documents`, {
    method: 'POST',
    headers: bearer(world.agent.token),
    body: empty,
  });
  assert.equal(refused.status, 400);

  const shared = await world.asAgent('PATCH', `/v1/clients/${olive.id}/documents/${document.id}`, {
    accessible: true,
  });
  assert.equal((await body<ClientDocument>(shared)).accessible, true);
  const activity = await body<ActivityList>(
    await world.host('GET', `/v1/clients/${olive.id}/activity`),
  );
  assert.deepEqual(
    activity.items.map((entry) => entry.summary),
    ['Document shared: Listing agreement.pdf'],
  );

  const download = await world.asAgent(
    'GET',
    `/v1/clients/${olive.id}/documents/${document.id}/content`,
  );
  assert.equal(download.status, 200);
  assert.equal(await download.text(), '%PDF-1.7 listing');
  assert.match(download.headers.get('content-disposition') ?? '', /^attachment;/);
  assert.equal(download.headers.get('x-content-type-options'), 'nosniff');

  const list = await body<ClientDocumentList>(
    await world.asAgent('GET', `/v1/clients/${olive.id}/documents`),
  );
  assert.equal(list.items.length, 1);
  assert.equal(
    (await world.asAgent('DELETE', `/v1/clients/${olive.id}/documents/${document.id}`)).status,
    204,
  );
  assert.equal(
    (await world.asAgent('GET', `/v1/clients/${olive.id}/documents/${document.id}/content`)).status,
    404,
  );
});

test('owner feedback is stored with full names; agent messages and the unread count', async (t) => {
  const world = await portalWorld(t);
  const property = await body<Property>(
    await world.host('POST', '/v1/properties', { address: '12 Harbour Road' }),
  );
  const feedback = await world.asAgent('POST', `/v1/properties/${property.id}/feedback`, {
    buyerName: 'Peter Parker',
    comments: 'Loved the kitchen',
    rating: 4,
    showingAt: '2030-01-12T15:00:00Z',
  });
  assert.equal(feedback.status, 201);
  const noComments = await world.asAgent('POST', `/v1/properties/${property.id}/feedback`, {
    showingAt: '2030-01-12T15:00:00Z',
  });
  assert.equal(noComments.status, 400);
  const report = await body<FeedbackList>(
    await world.asAgent('GET', `/v1/properties/${property.id}/feedback`),
  );
  assert.equal(report.items[0]?.buyerName, 'Peter Parker');

  const olive = await world.addClient({ name: 'Olive Owner', type: 'owner' });
  const sent = await world.asAgent('POST', `/v1/clients/${olive.id}/messages`, {
    body: 'The photographer comes Tuesday.',
  });
  assert.equal(sent.status, 201);
  const messages = await body<PortalMessageList>(
    await world.asAgent('GET', `/v1/clients/${olive.id}/messages`),
  );
  assert.deepEqual(
    messages.items.map((message) => message.from),
    ['agent'],
  );
  const unread = await body<UnreadClientMessages>(
    await world.asAgent('GET', '/v1/client-messages/unread'),
  );
  assert.equal(unread.total, 0, 'the agent’s own messages are not unread for them');
});
