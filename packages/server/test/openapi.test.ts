import { test, type TestContext } from 'node:test';
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

interface FullOperation {
  operationId?: string;
  security?: unknown[];
  parameters?: { in: string; name: string }[];
  responses: Record<string, { description: string }>;
}

async function operationsOf(t: TestContext) {
  const { app } = await testApp(t);
  const doc = (await (await app.request('/v1/openapi.json')).json()) as {
    paths: Record<string, Record<string, FullOperation>>;
    components: { schemas: Record<string, Record<string, unknown>> };
  };
  const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => ['get', 'put', 'post', 'patch', 'delete'].includes(method))
      .map(([method, operation]) => ({ label: `${method.toUpperCase()} ${path}`, operation })),
  );
  return { doc, operations };
}

test('every operation has a unique, readable operationId and a declared security', async (t) => {
  const { operations } = await operationsOf(t);
  const missing = operations.filter(({ operation }) => !operation.operationId);
  assert.deepEqual(
    missing.map(({ label }) => label),
    [],
    'add them to src/routes/operation-ids.ts',
  );
  const ids = operations.map(({ operation }) => operation.operationId!);
  assert.deepEqual(
    ids.filter((id, index) => ids.indexOf(id) !== index),
    [],
    'duplicated operationIds',
  );
  for (const id of ids) assert.match(id, /^[a-z][A-Za-z]+$/, id);
  assert.equal(
    operations.find(({ label }) => label === 'GET /v1/sessions/{id}')?.operation.operationId,
    'getSession',
  );
  const undeclared = operations.filter(({ operation }) => !Array.isArray(operation.security));
  assert.deepEqual(
    undeclared.map(({ label }) => label),
    [],
  );
});

test('the refusals every route shares are documented on each operation', async (t) => {
  const { operations } = await operationsOf(t);
  const problems: string[] = [];
  for (const { label, operation } of operations) {
    const mutating = !label.startsWith('GET ');
    const hasPathParameter = label.includes('{');
    if ((hasPathParameter || (mutating && label.includes(' /v1/'))) && !operation.responses['400'])
      problems.push(`${label}: no 400`);
    if (mutating && label.includes(' /v1/') && operation.security?.length) {
      if (!operation.responses['422']?.description.includes('idempotency_key_reused'))
        problems.push(`${label}: no 422 idempotency_key_reused`);
      if (!operation.responses['409']?.description.includes('idempotency_key_in_progress'))
        problems.push(`${label}: no 409 idempotency_key_in_progress`);
    }
  }
  assert.deepEqual(problems, []);
});

test('the main operations show request and response examples, in /docs too', async (t) => {
  const { operations } = await operationsOf(t);
  const byId = new Map(operations.map(({ operation }) => [operation.operationId, operation]));
  type Media = { content?: Record<string, { example?: unknown }> };
  const example = (media: Media | undefined) => media?.content?.['application/json']?.example;
  for (const id of ['upsertUser', 'createEmbedToken', 'createSession', 'createWebhookEndpoint']) {
    const operation = byId.get(id) as FullOperation & { requestBody?: Media };
    assert.ok(example(operation.requestBody), `${id} request example`);
    assert.ok(example(operation.responses['201'] as Media), `${id} response example`);
  }
  const { app } = await testApp(t);
  const page = await (await app.request('/docs')).text();
  assert.match(page, /Example<\/div>\s*<pre>\{\n {2}&quot;templateId&quot;/);
});

test('request schemas state the rules the server enforces', async (t) => {
  const { doc } = await operationsOf(t);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- reading deep into JSON
  const schema = (name: string) => doc.components.schemas[name] as Record<string, any>;
  assert.equal(schema('CreateDelegationRequest').properties.scopes.uniqueItems, true);
  assert.equal(schema('PortalAccessSetupRequest').properties.grants.uniqueItems, true);
  assert.equal(schema('EnrollContactsRequest').properties.contactIds.uniqueItems, true);
  assert.equal(schema('CreateTeamRequest').properties.members.uniqueItems, true);
  for (const name of ['UpdateContactRequest', 'UpdateInstructionRequest', 'UpdateClauseRequest'])
    assert.equal(schema(name).minProperties, 1, name);
  assert.ok(schema('FieldValues').propertyNames, 'values keys');
  assert.ok(schema('CompletePartyRequest').properties.signatures.propertyNames, 'signature keys');
  assert.ok(schema('UpdateTemplateRequest').properties.routing.propertyNames, 'routing keys');
  const named = schema('NextPartyRequest').properties.parties;
  assert.equal(named.minItems, 1);
  assert.equal(named.items.properties.email.format, 'email');
  // Refused in requests, answered in responses.
  assert.equal(schema('SessionMessage').type, 'object');
  assert.deepEqual(schema('Client').properties.assignedAgent.anyOf[1], { type: 'null' });
});
