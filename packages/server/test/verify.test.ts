import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { makePurchaseAgreement } from './fixtures/make-purchase-agreement.js';
import { testSealingKey } from './fixtures/test-sealing-key.js';
import { loadSealingKey } from '../src/capabilities/sealing/load-sealing-key.js';
import { sealPdf } from '../src/platform/pdf/seal-pdf.js';
import { signingWorld } from './support/signing-world.js';
import type { SigningWorld } from './support/signing.js';

let world: SigningWorld;
let pdf: Uint8Array;
const SEAL = {
  reason: 'Test',
  name: 'Signport',
  location: 'Online',
  contactInfo: 'help@example.com',
};

before(async () => {
  world = await signingWorld();
  pdf = await makePurchaseAgreement();
});
after(() => world.close());

function verify(file: Uint8Array | undefined) {
  const form = new FormData();
  if (file) form.set('file', new Blob([file], { type: 'application/pdf' }), 'document.pdf');
  return world.app.request('/v1/verify', {
    method: 'POST',
    body: form,
    headers: { 'X-Forwarded-For': '203.0.113.7' },
  });
}

test('only a document we sealed and recorded as completed is valid', async () => {
  const unsealed = await verify(pdf);
  assert.equal(unsealed.status, 200);
  assert.deepEqual(await unsealed.json(), { valid: false, reason: 'not_sealed' });

  const theirs = await sealPdf(pdf, { ...testSealingKey(), ...SEAL });
  assert.deepEqual(await (await verify(theirs)).json(), { valid: false, reason: 'unknown_signer' });

  // Sealed with our own certificate, but no session of ours ever completed with these bytes.
  const ours = await sealPdf(pdf, { ...(await loadSealingKey(world.db, world.config)), ...SEAL });
  assert.deepEqual(await (await verify(ours)).json(), { valid: false, reason: 'unknown_document' });

  const missing = await verify(undefined);
  assert.equal(missing.status, 400);
  assert.equal(((await missing.json()) as { error: { field: string } }).error.field, 'file');
});

test('the sealing certificate is created once and kept', async () => {
  const first = await loadSealingKey(world.db, world.config);
  const second = await loadSealingKey(world.db, world.config);
  assert.equal(first.fingerprintSha256, second.fingerprintSha256);
  assert.match(first.fingerprintSha256, /^[0-9a-f]{64}$/);
});

test('is rate-limited per client', async () => {
  let last: Response | undefined;
  for (let attempt = 0; attempt < 31; attempt++) last = await verify(undefined);
  assert.equal(last?.status, 429);
  assert.ok(last?.headers.get('retry-after'));
});

test('every signing route is in the OpenAPI document', async () => {
  const doc = (await (await world.app.request('/v1/openapi.json')).json()) as {
    paths: Record<string, Record<string, unknown>>;
  };
  const expected: Array<[string, string]> = [
    ['/v1/templates', 'post'],
    ['/v1/templates', 'get'],
    ['/v1/templates/{id}', 'get'],
    ['/v1/templates/{id}', 'patch'],
    ['/v1/templates/{id}', 'delete'],
    ['/v1/templates/{id}/pages/{n}', 'get'],
    ['/v1/sessions', 'post'],
    ['/v1/sessions', 'get'],
    ['/v1/sessions/{id}', 'get'],
    ['/v1/sessions/{id}/send', 'post'],
    ['/v1/sessions/{id}/void', 'post'],
    ['/v1/sessions/{id}/remind', 'post'],
    ['/v1/sessions/{id}/audit', 'get'],
    ['/v1/sessions/{id}/document.pdf', 'get'],
    ['/v1/sessions/{id}/parties/{partyId}/link', 'post'],
    ['/v1/party', 'get'],
    ['/v1/party/values', 'patch'],
    ['/v1/party/complete', 'post'],
    ['/v1/party/decline', 'post'],
    ['/v1/party/next-party', 'post'],
    ['/v1/verify', 'post'],
    ['/v1/account', 'patch'],
  ];
  for (const [path, method] of expected) assert.ok(doc.paths[path]?.[method], `${method} ${path}`);
  const docs = await (await world.app.request('/docs')).text();
  assert.match(docs, /\/v1\/party\/complete/);
});
