import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Validator } from '@seriousme/openapi-schema-validator';
import { errorCodes } from '@signport/core';
import { testApp } from './support/test-server.js';

interface Doc {
  openapi: string;
  paths: Record<
    string,
    Record<string, { security?: Record<string, string[]>[]; responses: Record<string, unknown> }>
  >;
  components: {
    schemas: Record<string, unknown>;
    securitySchemes: Record<string, { type: string; scheme: string }>;
  };
}

test('GET /v1/openapi.json is a valid OpenAPI 3.1 document of every route', async (t) => {
  const { app } = await testApp(t);
  const res = await app.request('/v1/openapi.json');
  assert.equal(res.status, 200);
  const raw = (await res.json()) as Record<string, unknown>;
  const doc = raw as unknown as Doc;

  const validator = new Validator();
  const result = await validator.validate(raw);
  assert.deepEqual(result.errors ?? [], []);
  assert.equal(result.valid, true);
  assert.equal(validator.version, '3.1');

  // Each feature checks its own paths; these are the spine's.
  for (const path of ['/healthz', '/v1/embed-tokens', '/v1/me', '/v1/users/{externalId}']) {
    assert.ok(doc.paths[path], path);
  }
  assert.deepEqual(doc.paths['/v1/me']?.get?.security, [{ embedToken: [] }]);
  assert.deepEqual(doc.paths['/v1/users/{externalId}']?.put?.security, [{ secretKey: [] }]);
  assert.equal(doc.components.securitySchemes.secretKey?.scheme, 'bearer');
  assert.equal(doc.components.securitySchemes.embedToken?.scheme, 'bearer');
  for (const name of [
    'Error',
    'User',
    'UpsertUserRequest',
    'Branding',
    'EmbedToken',
    'CreateEmbedTokenRequest',
    'Me',
    'Health',
  ]) {
    assert.ok(doc.components.schemas[name], `schema ${name}`);
  }
  assert.ok(
    doc.paths['/v1/users/{externalId}']?.put?.responses['400'],
    'documents its validation error',
  );
  const errorSchema = doc.components.schemas.Error as {
    properties: { error: { properties: { code: { enum?: string[] } } } };
  };
  assert.deepEqual(
    errorSchema.properties.error.properties.code.enum,
    [...errorCodes],
    'lists every error code',
  );
});

test('GET /docs is a self-contained HTML reference of every operation', async (t) => {
  const { app } = await testApp(t);
  const res = await app.request('/docs');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /text\/html/);
  const page = await res.text();
  for (const text of [
    '/v1/users/{externalId}',
    '/v1/embed-tokens',
    '/v1/me',
    '/healthz',
    'secretKey',
    'embedToken',
    'UpsertUserRequest',
    'ttlSeconds',
  ]) {
    assert.ok(page.includes(text), text);
  }
  // Works offline: nothing is fetched from another host, and no script runs.
  assert.doesNotMatch(page, /<script|<link[^>]+href="https?:|src="https?:/i);
});
