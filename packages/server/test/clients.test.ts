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
  PortalFeedbackList,
  PortalMessageList,
  Property,
  PropertyList,
  UnreadClientMessages,
} from '@signport/core';
import { bearer, json, seedAccount, userWithToken } from './support/test-server.js';
import { body, portalWorld } from './support/portal-fixture.js';

test('clients: create, read, list with filters, update, delete — all in one error shape', async (t) => {
  const world = await portalWorld(t);
  const created = await world.asAgent('POST', '/v1/clients', {
    name: 'Olive Owner',
    email: 'Olive@Example.com',
    phone: '+1 555 010 2000',
    type: 'owner',
  });
  assert.equal(created.status, 201);
  const olive = await body<Client>(created);
  assert.equal(olive.email, 'olive@example.com');
  assert.equal(olive.status, 'active');
  assert.equal(olive.assignedAgent?.id, world.agent.userId, 'an agent’s new client is theirs');
  const property = await body<Property>(
    await world.asAgent('POST', '/v1/properties', {
      address: '12 Harbour Road',
      reference: 'MLS-1',
      ownerIds: [olive.id],
    }),
  );
  const withProperty = await body<Client>(await world.asAgent('GET', `/v1/clients/${olive.id}`));
  assert.deepEqual(withProperty.propertyIds, [property.id]);
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
  const olive = await world.addClient({ name: 'Olive Owner', type: 'owner' });
  const property = await body<Property>(
    await world.host('POST', '/v1/properties', {
      address: '12 Harbour Road',
      ownerIds: [olive.id],
    }),
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

test('another agent of the account neither reads nor changes a property or its feedback, until the account shares it', async (t) => {
  const world = await portalWorld(t);
  const carl = await userWithToken(world.app, world.secretKey, 'carl');
  const asCarl = (method: string, path: string, payload?: unknown) =>
    world.app.request(
      path,
      payload === undefined
        ? { method, headers: bearer(carl.token) }
        : json(method, payload, bearer(carl.token)),
    );
  const olive = await world.addClient({
    name: 'Olive Owner',
    type: 'owner',
    email: 'olive@example.com',
  });
  const property = await body<Property>(
    await world.asAgent('POST', '/v1/properties', {
      address: '12 Harbour Road',
      ownerIds: [olive.id],
    }),
  );
  const feedback = {
    buyerName: 'Peter Parker',
    comments: 'Loved the kitchen',
    showingAt: '2030-01-12T15:00:00Z',
  };
  assert.equal(
    (await world.asAgent('POST', `/v1/properties/${property.id}/feedback`, feedback)).status,
    201,
  );
  const portal = await world.activate(
    await world.invite(olive.id, 'olive@example.com', ['feedback']),
  );
  const carlsClient = await body<Client>(
    await asCarl('POST', '/v1/clients', { name: 'Cora', type: 'buyer' }),
  );

  const refusals = {
    read: await asCarl('GET', `/v1/properties/${property.id}`),
    rename: await asCarl('PATCH', `/v1/properties/${property.id}`, { address: '1 Fake Street' }),
    post: await asCarl('POST', `/v1/properties/${property.id}/feedback`, {
      ...feedback,
      comments: 'Overpriced, sell now',
    }),
    feedback: await asCarl('GET', `/v1/properties/${property.id}/feedback`),
  };
  for (const [what, res] of Object.entries(refusals)) assert.equal(res.status, 404, what);
  const list = await body<PropertyList>(await asCarl('GET', '/v1/properties'));
  assert.deepEqual(list.items, [], 'the list shows none of it');
  // Linking a client of his own would be a way in: refused like an unknown property.
  const link = await asCarl('PATCH', `/v1/clients/${carlsClient.id}`, {
    propertyIds: [property.id],
  });
  assert.equal(link.status, 400);
  assert.equal((await body<{ error: { field: string } }>(link)).error.field, 'propertyIds');
  const created = await asCarl('POST', '/v1/clients', {
    name: 'Cole',
    type: 'buyer',
    propertyIds: [property.id],
  });
  assert.equal(created.status, 400);
  const ownerless = await asCarl('POST', '/v1/properties', { address: '2 Bay Street' });
  assert.equal((await body<{ error: { field: string } }>(ownerless)).error.field, 'ownerIds');
  const stolenOwner = await asCarl('POST', '/v1/properties', {
    address: '2 Bay Street',
    ownerIds: [olive.id],
  });
  assert.equal(stolenOwner.status, 400);

  const unchanged = await body<Property>(
    await world.asAgent('GET', `/v1/properties/${property.id}`),
  );
  assert.equal(unchanged.address, '12 Harbour Road');
  const report = await body<PortalFeedbackList>(
    await world.asClient(portal.accessToken, 'GET', '/v1/portal/feedback'),
  );
  assert.deepEqual(
    report.items.map((entry) => entry.comments),
    ['Loved the kitchen'],
    'the owner’s portal shows only her agent’s feedback',
  );

  // The account shares it by linking a client of Carl's (a co-owner): now he is one of its agents.
  const shared = await world.host('PATCH', `/v1/clients/${carlsClient.id}`, {
    propertyIds: [property.id],
  });
  assert.equal(shared.status, 200);
  const seen = await body<Property>(await asCarl('GET', `/v1/properties/${property.id}`));
  assert.deepEqual(seen.ownerIds, [carlsClient.id], 'only the owners he may see');
  const carlsReport = await body<FeedbackList>(
    await asCarl('GET', `/v1/properties/${property.id}/feedback`),
  );
  assert.equal(carlsReport.items[0]?.buyerName, 'Peter Parker');
});

test('an assistant with the contacts scope works on their principal’s clients and properties; other assistants do not', async (t) => {
  const world = await portalWorld(t);
  const as = (token: string) => (method: string, path: string, payload?: unknown) =>
    world.app.request(
      path,
      payload === undefined
        ? { method, headers: bearer(token) }
        : json(method, payload, bearer(token)),
    );
  const assistant = async (externalId: string, scopes: string[]) => {
    const user = await userWithToken(world.app, world.secretKey, externalId);
    const res = await world.host('POST', '/v1/delegations', {
      principalId: world.agent.userId,
      assistantId: user.userId,
      scopes,
    });
    assert.equal(res.status, 201, await res.clone().text());
    return {
      ...user,
      call: as(user.token),
      delegationId: ((await res.json()) as { id: string }).id,
    };
  };
  const betty = await assistant('betty', ['contacts']);
  const sam = await assistant('sam', ['send', 'templates']);
  const olive = await world.addClient({ name: 'Olive Owner', type: 'owner' });
  const property = await body<Property>(
    await betty.call('POST', '/v1/properties', {
      address: '12 Harbour Road',
      ownerIds: [olive.id],
    }),
  );
  assert.deepEqual(
    property.ownerIds,
    [olive.id],
    'Betty adds a property for her principal’s client',
  );
  const added = await betty.call('POST', `/v1/properties/${property.id}/feedback`, {
    buyerName: 'Peter Parker',
    comments: 'Loved the kitchen',
    showingAt: '2030-01-12T15:00:00Z',
  });
  assert.equal(added.status, 201);
  const forBernie = await body<Client>(
    await betty.call('POST', '/v1/clients', {
      name: 'Bob Buyer',
      type: 'buyer',
      assignedAgentId: world.agent.userId,
    }),
  );
  assert.equal(
    forBernie.assignedAgent?.id,
    world.agent.userId,
    'created on her principal’s behalf',
  );
  const list = await body<ClientList>(await betty.call('GET', '/v1/clients'));
  assert.deepEqual(list.items.map((client) => client.name).sort(), ['Bob Buyer', 'Olive Owner']);

  for (const path of [`/v1/clients/${olive.id}`, `/v1/properties/${property.id}/feedback`]) {
    assert.equal((await sam.call('GET', path)).status, 404, `${path} without the contacts scope`);
  }
  const toBernie = await sam.call('POST', '/v1/clients', {
    name: 'Stolen',
    type: 'buyer',
    assignedAgentId: world.agent.userId,
  });
  assert.equal(toBernie.status, 403);

  // A revoked delegation closes the door at once.
  assert.equal((await world.host('DELETE', `/v1/delegations/${betty.delegationId}`)).status, 204);
  assert.equal((await betty.call('GET', `/v1/properties/${property.id}`)).status, 404);
});
