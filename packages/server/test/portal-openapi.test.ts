import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Validator } from '@seriousme/openapi-schema-validator';
import { testApp } from './support/test-server.js';

interface Operation {
  security?: Record<string, string[]>[];
  responses: Record<string, unknown>;
}

test('the client and portal routes are in the OpenAPI document, with their security', async (t) => {
  const { app } = await testApp(t);
  const raw = (await (await app.request('/v1/openapi.json')).json()) as Record<string, unknown>;
  const result = await new Validator().validate(raw);
  assert.deepEqual(result.errors ?? [], []);
  const doc = raw as {
    paths: Record<string, Record<string, Operation>>;
    components: {
      securitySchemes: Record<string, { scheme: string }>;
      schemas: Record<string, unknown>;
    };
  };
  const op = (path: string, method: string) => {
    const operation = doc.paths[path]?.[method];
    assert.ok(operation, `${method.toUpperCase()} ${path}`);
    return operation;
  };
  const hostOrAgent = [{ embedToken: [] }, { secretKey: [] }];
  for (const [path, method] of [
    ['/v1/clients', 'post'],
    ['/v1/clients/{id}', 'patch'],
    ['/v1/clients/{id}/communications', 'post'],
    ['/v1/clients/{id}/activity', 'get'],
    ['/v1/clients/{id}/documents', 'post'],
    ['/v1/clients/{id}/messages', 'get'],
    ['/v1/client-messages/unread', 'get'],
    ['/v1/properties/{id}/feedback', 'post'],
    ['/v1/clients/{id}/portal-access', 'put'],
    ['/v1/clients/{id}/portal-access/invite', 'post'],
  ] as const) {
    assert.deepEqual(op(path, method).security, hostOrAgent, path);
  }
  for (const path of [
    'login',
    'activate',
    'refresh',
    'logout',
    'password-reset',
    'password-reset/confirm',
  ]) {
    assert.deepEqual(op(`/v1/portal/${path}`, 'post').security, [], path);
  }
  for (const path of ['me', 'documents', 'feedback', 'activity', 'messages']) {
    assert.deepEqual(op(`/v1/portal/${path}`, 'get').security, [{ portalToken: [] }], path);
    assert.ok(
      op(`/v1/portal/${path}`, 'get').responses['403'],
      `${path} documents the grant refusal`,
    );
  }
  assert.equal(doc.components.securitySchemes.portalToken?.scheme, 'bearer');
  for (const name of [
    'Client',
    'PortalAccessSetupRequest',
    'PortalLoginBody',
    'PortalTokens',
    'PortalMe',
  ]) {
    assert.ok(doc.components.schemas[name], name);
  }
});
