import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PortalTokens } from '@signport/core';
import { body, portalWorld } from './support/portal-fixture.js';

async function olivia(t: Parameters<typeof portalWorld>[0]) {
  const world = await portalWorld(t);
  const client = await world.addClient({
    name: 'Olivia',
    email: 'olivia@example.com',
    type: 'owner',
  });
  const tokens = await world.activate(
    await world.invite(client.id, 'olivia@example.com', ['messages']),
  );
  const send = (accessToken: string, text: string) =>
    world.asClient(accessToken, 'POST', '/v1/portal/messages', { body: text });
  const thread = async () =>
    (
      await body<{ items: Array<{ body: string }> }>(
        await world.host('GET', `/v1/clients/${client.id}/messages`),
      )
    ).items.map((message) => message.body);
  return { world, client, tokens, send, thread };
}

test('portal message: when the agent sets the client inactive, the message is refused saying so', async (t) => {
  const { world, client, tokens, send, thread } = await olivia(t);
  assert.equal((await send(tokens.accessToken, 'First')).status, 201);
  const off = await world.host('PATCH', `/v1/clients/${client.id}`, { status: 'inactive' });
  assert.equal(off.status, 200, await off.clone().text());

  const refused = await send(tokens.accessToken, 'Are you there?');
  assert.equal(refused.status, 403);
  assert.deepEqual(await refused.json(), {
    error: {
      code: 'portal_access_revoked',
      message: 'Your access was turned off by your agent; your message was not sent.',
    },
  });
  assert.deepEqual(await thread(), ['First'], 'nothing was stored');
  // Reading is still the plain sign-out it was.
  assert.equal((await world.asClient(tokens.accessToken, 'GET', '/v1/portal/me')).status, 401);
});

test('portal message: a signed-out client is told the message was not sent', async (t) => {
  const { world, tokens, send, thread } = await olivia(t);
  const out = await world.app.request('/v1/portal/logout', {
    method: 'POST',
    headers: { authorization: `Bearer ${tokens.accessToken}` },
  });
  assert.equal(out.status, 204);
  const refused = await send(tokens.accessToken, 'Still there?');
  assert.equal(refused.status, 401);
  assert.deepEqual(await refused.json(), {
    error: {
      code: 'unauthorized',
      message: 'You were signed out; your message was not sent. Sign in again and send it.',
    },
  });
  assert.deepEqual(await thread(), []);
  const again = await body<PortalTokens>(await world.login('olivia@example.com'));
  assert.equal((await send(again.accessToken, 'Still there?')).status, 201);
  assert.deepEqual(await thread(), ['Still there?']);
});
