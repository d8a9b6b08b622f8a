import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiWorld, ownCredential, type ApiWorld } from './support/api-world.js';
import { dbFingerprint, fingerprintChanges } from './support/db-fingerprint.js';
import { exampleRequest, type ExampleRequest } from './support/example-request.js';
import {
  fillPath,
  listOperations,
  pathParameterNames,
  pathValueKey,
  readsFirst,
  type Operation,
} from './support/openapi-operations.js';
import { exampleOf } from './support/schema-example.js';
import { stringLocations, withValueAt } from './support/string-locations.js';

// Once "Nul\u0000Byte" was stored as "Nul": a NUL anywhere must be refused, never cut.
const NUL_TEXT = 'Nul\u0000Byte';

let world: ApiWorld;
let operations: Operation[];

before(async () => {
  world = await apiWorld();
  operations = readsFirst(await listOperations(world.app));
});
after(() => world.close());

interface Variant {
  field: string;
  request: ExampleRequest;
}

/** The example request of an operation once per string it carries, that string holding a NUL. */
function variants(operation: Operation): Variant[] {
  const known = (name: string) => world.propertyValues[name];
  const base = exampleRequest(operation, world.pathValues, known);
  const result: Variant[] = [];
  for (const parameter of operation.parameters) {
    if (parameter.in !== 'path' && parameter.in !== 'query') continue;
    if (parameter.schema && stringLocations(parameter.schema).length === 0) continue;
    const url = new URL(base.url, 'http://signport.test');
    if (parameter.in === 'query') url.searchParams.set(parameter.name, NUL_TEXT);
    else {
      const values = Object.fromEntries(
        pathParameterNames(operation.path).map((name) => [
          name,
          world.pathValues[pathValueKey(operation.path, name)] ?? name,
        ]),
      );
      url.pathname = fillPath(operation.path, { ...values, [parameter.name]: NUL_TEXT });
    }
    result.push({
      field: parameter.name,
      request: { ...base, url: `${url.pathname}${url.search}` },
    });
  }
  const jsonSchema = operation.body['application/json'];
  if (jsonSchema) {
    const example = exampleOf(jsonSchema, known);
    for (const location of stringLocations(jsonSchema)) {
      const body = JSON.stringify(withValueAt(example, location, NUL_TEXT, known));
      result.push({ field: location.path.join('.'), request: { ...base, body } });
    }
  }
  const multipart = operation.body['multipart/form-data'];
  if (multipart && base.body instanceof FormData) {
    for (const [name, property] of Object.entries(multipart.properties ?? {})) {
      if (stringLocations(property).length === 0) continue;
      const form = new FormData();
      for (const [key, value] of base.body.entries()) form.set(key, value);
      form.set(name, NUL_TEXT);
      result.push({ field: name, request: { ...base, body: form } });
    }
  }
  return result;
}

test('every string of every operation refuses a NUL with a 400 naming the field, and changes nothing', async () => {
  const failures: string[] = [];
  let checked = 0;
  for (const operation of operations) {
    const token = ownCredential(world, operation.schemes);
    for (const { field, request } of variants(operation)) {
      const before = await dbFingerprint(world.db);
      const res = await world.app.request(request.url, {
        method: request.method,
        headers: { ...request.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
        ...(request.body === undefined ? {} : { body: request.body }),
      });
      const text = await res.text();
      checked += 1;
      const cell = `${operation.label} with a NUL in ${field} → ${res.status} ${text.slice(0, 200)}`;
      if (res.status !== 400) failures.push(`not a 400: ${cell}`);
      else {
        const error = (JSON.parse(text) as { error: { code: string; field?: string } }).error;
        if (error.code !== 'validation_failed' || error.field !== field)
          failures.push(`not a field error on ${field}: ${cell}`);
      }
      const changes = fingerprintChanges(before, await dbFingerprint(world.db));
      if (changes.length > 0) failures.push(`wrote ${JSON.stringify(changes)}: ${cell}`);
    }
  }
  console.log(`control characters: ${operations.length} operations, ${checked} strings with a NUL`);
  assert.ok(checked > 100, `only ${checked} strings found`);
  assert.deepEqual(failures, [], failures.join('\n'));
});
