import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { precompress } from '../../elements/scripts/precompress.mjs';
import { mintPartyLink } from '../src/capabilities/party/mint-party-link.js';
import { makePurchaseAgreement } from './fixtures/make-purchase-agreement.js';
import { serveApp } from './support/serve-app.js';
import { createSession, uploadedTemplate } from './support/signing.js';
import { bearer, seedAccount, tempDir, testApp, userWithToken } from './support/test-server.js';

const EVERY_ANSWER = {
  'cross-origin-opener-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=15552000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};

test('every kind of answer carries the security headers, and a route’s own resource policy wins', async (t) => {
  const elementsDir = tempDir(t);
  writeFileSync(join(elementsDir, 'signport.js'), 'export {};\n');
  precompress(elementsDir, ['signport']);
  const world = await testApp(t, { elementsDir });
  const account = await seedAccount(world);
  const betty = await userWithToken(world.app, account.secretKey);
  const template = await uploadedTemplate(world.app, betty.token, await makePurchaseAgreement());
  const session = await createSession(world.app, betty.token, {
    templateId: template.id,
    parties: [
      { role: 'buyer', name: 'Bob Buyer', email: 'bob@example.test' },
      { role: 'seller', name: 'Sue Seller', email: 'sue@example.test' },
    ],
  });
  const link = await mintPartyLink(
    { db: world.db, clock: world.time.clock },
    {
      accountId: account.accountId,
      sessionId: session.id,
      partyId: session.parties[0]!.id,
      ttlDays: 30,
    },
  );
  const url = await serveApp(t, world.app);
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${url}${path}`, { headers });
  const poll = await get('/v1/party/workroom', bearer(link.token));
  const page = await get(`/v1/templates/${template.id}/pages/1`, bearer(betty.token));

  const answers: [string, Response, 'same-origin' | 'cross-origin'][] = [
    ['JSON', await get('/healthz'), 'same-origin'],
    ['unknown route', await get('/v1/nothing-here'), 'same-origin'],
    ['wrong method', await get('/v1/embed-tokens'), 'same-origin'],
    ['refusal thrown by a route', await get('/v1/party'), 'same-origin'],
    ['workroom 200', poll, 'same-origin'],
    [
      'workroom 304',
      await get('/v1/party/workroom', {
        ...bearer(link.token),
        'if-none-match': poll.headers.get('etag') ?? '',
      }),
      'same-origin',
    ],
    ['page image, a bare Response', page, 'cross-origin'],
    [
      'page image 304',
      await get(`/v1/templates/${template.id}/pages/1`, {
        ...bearer(betty.token),
        'if-none-match': page.headers.get('etag') ?? '',
      }),
      'cross-origin',
    ],
    ['element bundle', await get('/elements/signport.js'), 'cross-origin'],
    ['hosted page', await get(`/s/${link.token}`), 'same-origin'],
  ];
  const statuses = answers.map(([, res]) => res.status);
  assert.deepEqual(statuses, [200, 404, 405, 401, 200, 304, 200, 304, 200, 200]);
  for (const [kind, res, resourcePolicy] of answers) {
    for (const [name, value] of Object.entries(EVERY_ANSWER)) {
      assert.equal(res.headers.get(name), value, `${kind}: ${name}`);
    }
    assert.equal(res.headers.get('cross-origin-resource-policy'), resourcePolicy, kind);
    assert.match(res.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/, `${kind}: request id`);
  }
  // The hosted page keeps its own policy.
  const hosted = answers.at(-1)![1];
  assert.match(hosted.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
});
