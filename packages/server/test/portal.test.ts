import { test } from 'node:test';
import assert from 'node:assert/strict';
import type {
  ClientDocument,
  PortalActivityList,
  PortalDocumentList,
  PortalFeedbackList,
  PortalMe,
  PortalMessage,
  PortalMessageList,
  PortalTokens,
  Property,
  UnreadClientMessages,
} from '@signport/core';
import { HIDDEN_BUYER_NAME } from '@signport/core';
import { bearer } from './support/test-server.js';
import { body, portalWorld, type PortalWorld } from './support/portal-fixture.js';

async function upload(world: PortalWorld, clientId: string, name: string, content: string) {
  const form = new FormData();
  form.set('file', new File([content], name, { type: 'application/pdf' }));
  const res = await world.app.request(`/v1/clients/${clientId}/documents`, {
    method: 'POST',
    headers: bearer(world.secretKey),
    body: form,
  });
  assert.equal(res.status, 201);
  return body<ClientDocument>(res);
}

/** Two owners of two properties, each with their own login, documents and feedback. */
async function twoOwners(world: PortalWorld) {
  const harbour = await body<Property>(
    await world.host('POST', '/v1/properties', { address: '12 Harbour Road' }),
  );
  const cliff = await body<Property>(
    await world.host('POST', '/v1/properties', { address: '3 Cliff Lane' }),
  );
  const olive = await world.addClient({
    name: 'Olive Owner',
    type: 'owner',
    email: 'olive@example.com',
    propertyIds: [harbour.id],
  });
  const oscar = await world.addClient({
    name: 'Oscar Owner',
    type: 'owner',
    email: 'oscar@example.com',
    propertyIds: [cliff.id],
  });
  const all = ['documents', 'feedback', 'messages', 'activity', 'showings'] as const;
  const oliveTokens = await world.activate(
    await world.invite(olive.id, 'olive@example.com', [...all], { buyerNameDisplay: 'first_name' }),
  );
  const oscarTokens = await world.activate(
    await world.invite(oscar.id, 'oscar@example.com', [...all]),
  );
  return { harbour, cliff, olive, oscar, oliveTokens, oscarTokens };
}

test('me: the client, profile, agent, properties and the sections granted', async (t) => {
  const world = await portalWorld(t);
  const { olive, harbour, oliveTokens } = await twoOwners(world);
  const me = await body<PortalMe>(
    await world.asClient(oliveTokens.accessToken, 'GET', '/v1/portal/me'),
  );
  assert.deepEqual(me.client, { id: olive.id, name: 'Olive Owner', type: 'owner' });
  assert.equal(me.profile.username, 'olive@example.com');
  assert.deepEqual(me.agent, { name: 'Betty Agent', email: 'alice@shoreline.test' });
  assert.deepEqual(me.properties, [{ id: harbour.id, address: '12 Harbour Road' }]);
  assert.deepEqual(me.sections, ['documents', 'feedback', 'showings', 'messages', 'activity']);
  assert.equal((await world.app.request('/v1/portal/me')).status, 401);
  assert.equal(
    (await world.app.request('/v1/portal/me', { headers: bearer(world.agent.token) })).status,
    401,
    'an embed token is not a portal token',
  );
});

test('documents: only the shared ones, only the client’s own; another client’s is a 404', async (t) => {
  const world = await portalWorld(t);
  const { olive, oscar, oliveTokens, oscarTokens } = await twoOwners(world);
  const shared = await upload(world, olive.id, 'Listing agreement.pdf', '%PDF olive');
  const draft = await upload(world, olive.id, 'Draft.pdf', '%PDF draft');
  await world.host('PATCH', `/v1/clients/${olive.id}/documents/${draft.id}`, { accessible: false });
  const oscars = await upload(world, oscar.id, 'Oscar lease.pdf', '%PDF oscar');

  const list = await body<PortalDocumentList>(
    await world.asClient(oliveTokens.accessToken, 'GET', '/v1/portal/documents'),
  );
  assert.deepEqual(
    list.items.map((document) => document.name),
    ['Listing agreement.pdf'],
  );
  assert.equal(
    list.items[0]?.downloadUrl,
    `http://signport.test/v1/portal/documents/${shared.id}/content`,
  );
  const download = await world.asClient(
    oliveTokens.accessToken,
    'GET',
    `/v1/portal/documents/${shared.id}/content`,
  );
  assert.equal(download.status, 200);
  assert.equal(await download.text(), '%PDF olive');

  for (const id of [oscars.id, draft.id]) {
    const res = await world.asClient(
      oliveTokens.accessToken,
      'GET',
      `/v1/portal/documents/${id}/content`,
    );
    assert.equal(res.status, 404, id);
  }
  const oscarList = await body<PortalDocumentList>(
    await world.asClient(oscarTokens.accessToken, 'GET', '/v1/portal/documents'),
  );
  assert.deepEqual(
    oscarList.items.map((document) => document.id),
    [oscars.id],
  );
});

test('grants are enforced: a section not granted is a 403, and revoking a grant works at once', async (t) => {
  const world = await portalWorld(t);
  const olive = await world.addClient({
    name: 'Olive Owner',
    type: 'owner',
    email: 'olive@example.com',
  });
  const tokens = await world.activate(
    await world.invite(olive.id, 'olive@example.com', ['documents']),
  );
  for (const path of ['/v1/portal/feedback', '/v1/portal/activity', '/v1/portal/messages']) {
    const res = await world.asClient(tokens.accessToken, 'GET', path);
    assert.equal(res.status, 403, path);
    assert.equal((await body<{ error: { code: string } }>(res)).error.code, 'forbidden');
  }
  const post = await world.asClient(tokens.accessToken, 'POST', '/v1/portal/messages', {
    body: 'Hi',
  });
  assert.equal(post.status, 403);
  assert.equal(
    (await world.asClient(tokens.accessToken, 'GET', '/v1/portal/documents')).status,
    200,
  );

  const access = await body<{ loginProfileId: string }>(
    await world.host('GET', `/v1/clients/${olive.id}/portal-access`),
  );
  await world.host('PUT', `/v1/clients/${olive.id}/portal-access`, {
    profile: { mode: 'existing', loginProfileId: access.loginProfileId },
    grants: ['messages'],
  });
  assert.equal(
    (await world.asClient(tokens.accessToken, 'GET', '/v1/portal/documents')).status,
    403,
  );
  assert.equal(
    (await world.asClient(tokens.accessToken, 'GET', '/v1/portal/messages')).status,
    200,
  );
});

test('setting the client inactive signs the open portal out on its next request', async (t) => {
  const world = await portalWorld(t);
  const { olive, oliveTokens, oscarTokens } = await twoOwners(world);
  assert.equal((await world.asClient(oliveTokens.accessToken, 'GET', '/v1/portal/me')).status, 200);
  const patched = await world.asAgent('PATCH', `/v1/clients/${olive.id}`, { status: 'inactive' });
  assert.equal(patched.status, 200);

  const next = await world.asClient(oliveTokens.accessToken, 'GET', '/v1/portal/documents');
  assert.equal(next.status, 401);
  const renewed = await world.app.request('/v1/portal/refresh', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ refreshToken: oliveTokens.refreshToken }),
  });
  assert.equal(renewed.status, 401);
  assert.equal((await world.login('olive@example.com')).status, 401, 'no new sign-in either');
  assert.equal(
    (await world.asClient(oscarTokens.accessToken, 'GET', '/v1/portal/me')).status,
    200,
    'other clients are unaffected',
  );

  await world.asAgent('PATCH', `/v1/clients/${olive.id}`, { status: 'active' });
  assert.equal(
    (await world.asClient(oliveTokens.accessToken, 'GET', '/v1/portal/me')).status,
    401,
    'the old session stays ended',
  );
  assert.equal((await world.login('olive@example.com')).status, 200);
});

test('feedback report: buyer names as the access setting says, only the client’s properties', async (t) => {
  const world = await portalWorld(t);
  const { olive, harbour, cliff, oliveTokens, oscarTokens } = await twoOwners(world);
  for (const [property, buyerName, showingAt] of [
    [harbour, 'Peter Parker', '2030-01-10T15:00:00Z'],
    [harbour, '', '2030-01-11T15:00:00Z'],
    [cliff, 'Mary Jane Watson', '2030-01-12T15:00:00Z'],
  ] as const) {
    const res = await world.host('POST', `/v1/properties/${property.id}/feedback`, {
      buyerName,
      comments: `Feedback from ${buyerName || 'someone'}`,
      showingAt,
    });
    assert.equal(res.status, 201);
  }
  const names = async (accessToken: string) =>
    (
      await body<PortalFeedbackList>(
        await world.asClient(accessToken, 'GET', '/v1/portal/feedback'),
      )
    ).items.map((entry) => entry.buyerName);
  assert.deepEqual(await names(oliveTokens.accessToken), [HIDDEN_BUYER_NAME, 'Peter']);
  assert.deepEqual(await names(oscarTokens.accessToken), ['Mary'], 'first name is the default');

  const access = await body<{ loginProfileId: string }>(
    await world.host('GET', `/v1/clients/${olive.id}/portal-access`),
  );
  for (const [display, expected] of [
    ['full_name', [HIDDEN_BUYER_NAME, 'Peter Parker']],
    ['hidden', [HIDDEN_BUYER_NAME, HIDDEN_BUYER_NAME]],
  ] as const) {
    await world.host('PUT', `/v1/clients/${olive.id}/portal-access`, {
      profile: { mode: 'existing', loginProfileId: access.loginProfileId },
      grants: ['feedback'],
      buyerNameDisplay: display,
    });
    assert.deepEqual(await names(oliveTokens.accessToken), expected, display);
  }
});

test('activity: filtered by period, without private notes, gated by section grants', async (t) => {
  const world = await portalWorld(t);
  const olive = await world.addClient({
    name: 'Olive Owner',
    type: 'owner',
    email: 'olive@example.com',
  });
  const tokens = await world.activate(
    await world.invite(olive.id, 'olive@example.com', ['activity']),
  );
  const add = (path: string, entry: Record<string, string>) =>
    world.host('POST', `/v1/clients/${olive.id}/${path}`, entry);
  await add('activity', {
    kind: 'price_change',
    summary: 'Price lowered',
    occurredAt: '2030-01-02T10:00:00Z',
  });
  await add('activity', {
    kind: 'showing',
    summary: 'Showing',
    occurredAt: '2030-01-05T10:00:00Z',
  });
  await add('communications', {
    kind: 'call',
    summary: 'Call about offers',
    occurredAt: '2030-01-06T23:59:00Z',
  });
  await add('communications', {
    kind: 'note',
    summary: 'Private note',
    occurredAt: '2030-01-06T12:00:00Z',
  });

  const read = async (query = '') =>
    (
      await body<PortalActivityList>(
        await world.asClient(tokens.accessToken, 'GET', `/v1/portal/activity${query}`),
      )
    ).items.map((entry) => entry.summary);
  assert.ok((await read()).includes('Client login email sent'), 'Signport’s own entries show');
  assert.deepEqual(await read('?from=2030-01-02&to=2030-01-06'), [
    'Call about offers',
    'Price lowered',
  ]);
  assert.deepEqual(await read('?from=2030-01-03&to=2030-01-04'), []);
  const backwards = await world.asClient(
    tokens.accessToken,
    'GET',
    '/v1/portal/activity?from=2030-02-01&to=2030-01-01',
  );
  assert.equal(backwards.status, 400);

  const access = await body<{ loginProfileId: string }>(
    await world.host('GET', `/v1/clients/${olive.id}/portal-access`),
  );
  await world.host('PUT', `/v1/clients/${olive.id}/portal-access`, {
    profile: { mode: 'existing', loginProfileId: access.loginProfileId },
    grants: ['activity', 'showings'],
  });
  assert.deepEqual(await read('?from=2030-01-02&to=2030-01-06'), [
    'Call about offers',
    'Showing',
    'Price lowered',
  ]);
});

test('messages: the client writes, the agent’s unread count rises and falls; clients stay apart', async (t) => {
  const world = await portalWorld(t);
  const { olive, oscar, oliveTokens, oscarTokens } = await twoOwners(world);
  const sent = await world.asClient(oliveTokens.accessToken, 'POST', '/v1/portal/messages', {
    body: 'Can we move the open house?',
  });
  assert.equal(sent.status, 201);
  assert.equal((await body<PortalMessage>(sent)).from, 'client');
  const blank = await world.asClient(oliveTokens.accessToken, 'POST', '/v1/portal/messages', {
    body: '   ',
  });
  assert.equal(blank.status, 400);

  const unread = await body<UnreadClientMessages>(
    await world.asAgent('GET', '/v1/client-messages/unread'),
  );
  assert.equal(unread.total, 1);
  assert.deepEqual(unread.clients, [{ clientId: olive.id, name: 'Olive Owner', unread: 1 }]);
  assert.equal(
    (await body<{ unreadMessages: number }>(await world.asAgent('GET', `/v1/clients/${olive.id}`)))
      .unreadMessages,
    1,
  );

  world.time.advance(60_000);
  await world.asAgent('POST', `/v1/clients/${olive.id}/messages`, { body: 'Sure, Sunday works.' });
  const oliveThread = await body<PortalMessageList>(
    await world.asClient(oliveTokens.accessToken, 'GET', '/v1/portal/messages'),
  );
  assert.deepEqual(
    oliveThread.items.map((message) => [message.from, message.body]),
    [
      ['agent', 'Sure, Sunday works.'],
      ['client', 'Can we move the open house?'],
    ],
  );
  const oscarThread = await body<PortalMessageList>(
    await world.asClient(oscarTokens.accessToken, 'GET', '/v1/portal/messages'),
  );
  assert.deepEqual(oscarThread.items, [], 'Oscar never sees Olive’s messages');
  const agentView = await body<PortalMessageList>(
    await world.asAgent('GET', `/v1/clients/${olive.id}/messages`),
  );
  assert.ok(agentView.items[0]?.readAt, 'the client’s reading marked the agent’s message read');

  assert.equal((await world.asAgent('POST', `/v1/clients/${olive.id}/messages/read`)).status, 204);
  const after = await body<UnreadClientMessages>(
    await world.asAgent('GET', '/v1/client-messages/unread'),
  );
  assert.equal(after.total, 0);
  assert.equal((await world.asAgent('GET', `/v1/clients/${oscar.id}/messages`)).status, 200);
});

test('one login serves several clients of the same person', async (t) => {
  const world = await portalWorld(t);
  const { olive, oliveTokens } = await twoOwners(world);
  const second = await body<Property>(
    await world.host('POST', '/v1/properties', { address: '9 Bay Street' }),
  );
  const again = await world.addClient({
    name: 'Olive Owner (Bay Street)',
    type: 'landlord',
    email: 'olive@example.com',
    propertyIds: [second.id],
  });
  const access = await body<{ loginProfileId: string }>(
    await world.host('GET', `/v1/clients/${olive.id}/portal-access`),
  );
  await world.host('PUT', `/v1/clients/${again.id}/portal-access`, {
    profile: { mode: 'existing', loginProfileId: access.loginProfileId },
    grants: ['documents'],
  });
  await upload(world, again.id, 'Bay Street lease.pdf', '%PDF bay');
  const me = await body<PortalMe>(
    await world.asClient(oliveTokens.accessToken, 'GET', '/v1/portal/me'),
  );
  assert.deepEqual(
    me.properties.map((property) => property.address),
    ['12 Harbour Road', '9 Bay Street'],
  );
  const documents = await body<PortalDocumentList>(
    await world.asClient(oliveTokens.accessToken, 'GET', '/v1/portal/documents'),
  );
  assert.deepEqual(
    documents.items.map((document) => document.name),
    ['Bay Street lease.pdf'],
  );
  const login: PortalTokens = await body<PortalTokens>(await world.login('olive@example.com'));
  assert.ok(login.accessToken);
});
