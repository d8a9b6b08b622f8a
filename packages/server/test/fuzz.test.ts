import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { apiWorld, type ApiWorld } from './support/api-world.js';
import { dbFingerprint, fingerprintChanges, type Fingerprint } from './support/db-fingerprint.js';
import { errorShapeProblem } from './support/error-shape.js';
import { fuzzRequests, type FuzzRequest } from './support/fuzz-requests.js';
import {
  isMutating,
  listOperations,
  readsFirst,
  type Operation,
} from './support/openapi-operations.js';

// Reproduce a failure with the seed it prints: FUZZ_SEED=<seed> FUZZ_OPERATION="POST /v1/contacts".
const SEED = Number(process.env.FUZZ_SEED ?? 20300115);
const RUNS = Number(process.env.FUZZ_RUNS ?? 8);
const ONLY = process.env.FUZZ_OPERATION;

let world: ApiWorld;
let operations: Operation[];

before(async () => {
  world = await apiWorld();
  operations = readsFirst(await listOperations(world.app)).filter(
    (operation) => !ONLY || operation.label === ONLY,
  );
});
after(() => world.close());

async function send(request: FuzzRequest): Promise<Response> {
  return world.app.request(request.url, {
    method: request.method,
    headers: request.headers,
    ...(request.body === undefined ? {} : { body: request.body }),
  });
}

test('every operation of the OpenAPI document refuses hostile input cleanly: no 5xx, one error shape, nothing written', async (t) => {
  assert.ok(operations.length > 0, `no operation matches FUZZ_OPERATION=${ONLY}`);
  const inputs = {
    credentials: {
      embedToken: world.bernie.token,
      secretKey: world.accountA.secretKey,
      partyToken: world.partyToken,
      portalToken: world.portalToken,
    },
    pathValues: world.pathValues,
    known: (name: string) => world.propertyValues[name],
    sampleJwt: world.forgedEmbedToken,
  };
  let baseline: Fingerprint = await dbFingerprint(world.db);
  const counts = { requests: 0, refused: 0, accepted: 0 };

  for (const operation of operations) {
    await t.test(operation.label, async () => {
      const property = fc.asyncProperty(fuzzRequests(operation, inputs), async (request) => {
        const res = await send(request);
        const text = await res.text();
        counts.requests += 1;
        const where = `${request.summary}\n→ ${res.status} ${text.slice(0, 300)}`;
        assert.ok(res.status < 500, `a 5xx: ${where}\n${world.lastServerError()}`);
        assert.equal(
          ({} as Record<string, unknown>).polluted,
          undefined,
          `prototype polluted: ${where}`,
        );
        const after = await dbFingerprint(world.db);
        if (res.status >= 400) {
          counts.refused += 1;
          const problem = errorShapeProblem(res.headers.get('content-type'), text);
          assert.equal(problem, undefined, `${problem}: ${where}`);
          assert.deepEqual(
            fingerprintChanges(baseline, after),
            [],
            `a refused request wrote: ${where}`,
          );
        } else {
          counts.accepted += 1;
          // An accepted write is the route's job; later refusals are compared with the new state.
          if (isMutating(request.method) || fingerprintChanges(baseline, after).length > 0)
            baseline = after;
        }
      });
      await fc.assert(property, {
        seed: SEED,
        numRuns: RUNS,
        endOnFailure: true,
        includeErrorInReport: true,
      });
    });
  }
  console.log(
    `fuzz: ${operations.length} operations × ${RUNS} runs (seed ${SEED}): ${counts.requests} requests, ${counts.refused} refused, ${counts.accepted} accepted`,
  );
});

test('a JSON body streamed to an upload route is refused, not a 5xx', async () => {
  // No Content-Length, so the route's own upload limit reads the stream the JSON parser read first.
  for (const path of [
    '/v1/templates',
    '/v1/verify',
    `/v1/clients/${world.pathValues.clients}/documents`,
  ]) {
    const res = await world.app.request(path, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${world.accountA.secretKey}`,
        'content-type': 'application/json',
      },
      body: '{"name":"x"}',
    });
    assert.ok(res.status >= 400 && res.status < 500, `${path} → ${res.status}`);
    assert.equal(errorShapeProblem(res.headers.get('content-type'), await res.text()), undefined);
  }
});
