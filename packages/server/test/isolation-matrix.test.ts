import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import { apiWorld, ownCredential, type ApiWorld } from './support/api-world.js';
import { dbFingerprint, fingerprintChanges, idsOfAccount } from './support/db-fingerprint.js';
import { errorShapeProblem } from './support/error-shape.js';
import { exampleRequest, type ExampleRequest } from './support/example-request.js';
import { listOperations, readsFirst, type Operation } from './support/openapi-operations.js';

/**
 * The only operations anyone may call without a credential in the Authorization header, and why.
 * A route missing from this list must refuse every caller below: add one here only on purpose.
 */
const PUBLIC_OPERATIONS: Record<string, string> = {
  'GET /healthz': 'liveness probe for load balancers',
  'GET /v1/origin-check': 'tells a page on a refused origin why its calls fail',
  'POST /v1/verify': 'anyone holding a PDF may check that we sealed it',
  'GET /v1/forms/{slug}': 'a published web form is public by design',
  'POST /v1/forms/{slug}/sessions': 'whoever opens a web form becomes its first party',
  'POST /v1/portal/activate': 'the single-use activation token is in the body',
  'POST /v1/portal/login': 'username and password are in the body',
  'POST /v1/portal/refresh': 'the refresh token is in the body or cookie',
  'POST /v1/portal/logout': 'the refresh token is in the body or cookie',
  'POST /v1/portal/password-reset': 'enumeration-safe request by username',
  'POST /v1/portal/password-reset/confirm': 'the single-use reset token is in the body',
  'POST /v1/portal/set-password-link':
    'the invitation or reset token is in the body; changes nothing',
  'POST /v1/portal/sign-in-link': 'enumeration-safe request by username',
  'POST /v1/portal/sign-in-link/confirm': 'the single-use sign-in token is in the body',
};

/** Refusals of an authenticated caller: forbidden, or not found (as another tenant's row must be). */
const REFUSALS = new Set([401, 403, 404]);
const UNAUTHENTICATED = new Set([401, 403]);

interface Caller {
  name: string;
  token?: string;
  /** The security scheme this token passes, when it is a live credential (of someone else). */
  live?: 'embedToken' | 'secretKey' | 'partyToken';
  /** Only where the operation acts for a sender (`senderId`): elsewhere this user is the account's own. */
  onBehalfOnly?: boolean;
}

/** The rows of an agent's clients: what another agent of the same account may neither see nor reach. */
const CLIENT_TABLES = [
  'clients',
  'properties',
  'property_feedback',
  'client_documents',
  'client_messages',
  'client_events',
];
const isClientRoute = ({ path }: Operation) =>
  /^\/v1\/(clients|properties|client-messages)(\/|$)/.test(path);

let world: ApiWorld;
let operations: Operation[];
let idsOfA: Set<string>;
let idsOfBerniesClients: Set<string>;

before(async () => {
  world = await apiWorld();
  operations = readsFirst(await listOperations(world.app));
  idsOfA = await idsOfAccount(world.db, world.accountA.id);
  idsOfBerniesClients = await idsOfAccount(world.db, world.accountA.id, CLIENT_TABLES);
});
after(() => world.close());

function callersOf(w: ApiWorld): Caller[] {
  return [
    { name: 'anonymous' },
    { name: 'user of another account', token: w.hank.token, live: 'embedToken' },
    { name: 'secret key of another account', token: w.accountB.secretKey, live: 'secretKey' },
    { name: 'party of another session', token: w.otherSessionPartyToken, live: 'partyToken' },
    {
      name: 'user without delegation',
      token: w.carl.token,
      live: 'embedToken',
      onBehalfOnly: true,
    },
    { name: 'inactive portal client', token: w.inactivePortalToken },
    { name: 'expired embed token', token: w.expiredEmbedToken },
    { name: 'forged embed token', token: w.forgedEmbedToken },
    { name: 'expired party token', token: w.expiredPartyToken },
    { name: 'revoked party token', token: w.revokedPartyToken },
    { name: 'forged party token', token: randomBytes(32).toString('base64url') },
  ];
}

const actsForSender = (operation: Operation) =>
  operation.parameters.some((parameter) => parameter.name === 'senderId') ||
  Object.values(operation.body).some((schema) => schema.properties?.senderId !== undefined);

function send(request: ExampleRequest, token: string | undefined) {
  return world.app.request(request.url, {
    method: request.method,
    headers: { ...request.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(request.body === undefined ? {} : { body: request.body }),
  });
}

/** A's ids in a text, but those the request itself carried. */
function leakedIds(text: string, request: ExampleRequest): string[] {
  return [...idsOfA].filter((id) => text.includes(id) && !request.carried.includes(id));
}

test('every operation refuses every caller who may not reach account A, and nothing is written', async () => {
  const callers = callersOf(world);
  const failures: string[] = [];
  const unmapped = new Set<string>();
  const counts = { requests: 0, cells: 0, ownScope: 0, public: 0 };

  for (const operation of operations) {
    const request = exampleRequest(
      operation,
      world.pathValues,
      (name) => world.propertyValues[name],
    );
    for (const name of request.unmapped) unmapped.add(`${operation.label} {${name}}`);
    // A path naming one of A's rows addresses it: only a refusal will do.
    const path = decodeURIComponent(request.url.split('?')[0]!);
    const addressesA = [...idsOfA].some((id) => path.includes(id));
    const isPublic = operation.label in PUBLIC_OPERATIONS;
    const onBehalf = actsForSender(operation);
    const before = await dbFingerprint(world.db, world.accountA.id);

    for (const caller of callers) {
      if (caller.onBehalfOnly && !onBehalf) continue;
      const res = await send(request, caller.token);
      const text = await res.text();
      counts.requests += 1;
      counts.cells += 1;
      const cell = `${operation.label} as ${caller.name} (${request.method} ${request.url}) → ${res.status} ${text.slice(0, 200)}`;
      if (res.status >= 500) failures.push(`5xx: ${cell}`);
      if (res.status >= 400) {
        const problem = errorShapeProblem(res.headers.get('content-type'), text);
        if (problem) failures.push(`${problem}: ${cell}`);
      }
      if (isPublic) {
        counts.public += 1;
        continue;
      }
      const authenticates = caller.live !== undefined && operation.schemes.includes(caller.live);
      const leaked = res.ok ? leakedIds(text, request) : [];
      if (!authenticates) {
        if (!UNAUTHENTICATED.has(res.status))
          failures.push(`not refused as unauthenticated: ${cell}`);
      } else if (addressesA || caller.onBehalfOnly) {
        if (!REFUSALS.has(res.status)) failures.push(`reached account A: ${cell}`);
      } else {
        // A live credential on its own tenant (listing its own contacts, or naming A's rows in a
        // body or filter, which it may have refused by validation) may succeed, but show nothing of A.
        counts.ownScope += 1;
        if (leaked.length > 0) failures.push(`showed ${leaked.join(', ')}: ${cell}`);
      }
    }
    if (!isPublic) {
      const changes = fingerprintChanges(before, await dbFingerprint(world.db, world.accountA.id));
      if (changes.length > 0)
        failures.push(`${operation.label}: refused callers wrote ${JSON.stringify(changes)}`);
    }

    // Carl, another agent of A, reaches none of Bernie's clients, their properties, documents or
    // feedback: a request naming one is refused and writes nothing; any other shows none of them.
    if (isClientRoute(operation)) {
      const fingerprint = await dbFingerprint(world.db, world.accountA.id);
      const res = await send(request, world.carl.token);
      const text = await res.text();
      counts.requests += 1;
      counts.cells += 1;
      const cell = `${operation.label} as another agent of the same account → ${res.status} ${text.slice(0, 200)}`;
      if (res.status >= 500) failures.push(`5xx: ${cell}`);
      if (res.status >= 400) {
        const problem = errorShapeProblem(res.headers.get('content-type'), text);
        if (problem) failures.push(`${problem}: ${cell}`);
      }
      const names = [...idsOfBerniesClients].some((id) => request.carried.includes(id));
      if (names) {
        if (res.status !== 400 && !REFUSALS.has(res.status))
          failures.push(`reached another agent's client: ${cell}`);
        const changes = fingerprintChanges(
          fingerprint,
          await dbFingerprint(world.db, world.accountA.id),
        );
        if (changes.length > 0)
          failures.push(`refused but wrote ${JSON.stringify(changes)}: ${cell}`);
      } else {
        const shown = res.ok ? [...idsOfBerniesClients].filter((id) => text.includes(id)) : [];
        if (shown.length > 0) failures.push(`showed ${shown.join(', ')}: ${cell}`);
      }
    }

    // The control: the same request from A's own side finds the rows, so the refusals above are
    // isolation, not a missing row. It may write; later operations start from the new state.
    const owner = ownCredential(world, operation.schemes);
    if (!isPublic && owner !== undefined) {
      const res = await send(request, owner);
      counts.requests += 1;
      const cell = `${operation.label} as A's own caller → ${res.status} ${(await res.text()).slice(0, 200)}`;
      if (res.status >= 500) failures.push(`5xx: ${cell}`);
      if (addressesA && request.unmapped.length === 0 && REFUSALS.has(res.status)) {
        failures.push(`the control did not reach A's row, so the refusals prove nothing: ${cell}`);
      }
    }

    // Bernie's assistants hold one scope each: at most the one whose scope the operation needs gets through.
    if (onBehalf && !isPublic) {
      const through: string[] = [];
      let fingerprint = await dbFingerprint(world.db);
      for (const [scope, assistant] of Object.entries(world.assistants)) {
        const res = await send(request, assistant.token);
        const text = await res.text();
        counts.requests += 1;
        const cell = `${operation.label} as the assistant with only "${scope}" → ${res.status} ${text.slice(0, 200)}`;
        const next = await dbFingerprint(world.db);
        if (res.status >= 500) failures.push(`5xx: ${cell}`);
        if (REFUSALS.has(res.status)) {
          const changes = fingerprintChanges(fingerprint, next);
          if (changes.length > 0)
            failures.push(`refused but wrote ${JSON.stringify(changes)}: ${cell}`);
          const problem = errorShapeProblem(res.headers.get('content-type'), text);
          if (problem) failures.push(`${problem}: ${cell}`);
        } else {
          through.push(scope);
        }
        fingerprint = next;
      }
      counts.cells += 1;
      if (through.length > 1) {
        failures.push(
          `${operation.label}: assistants with the scopes ${through.join(', ')} all got through`,
        );
      }
    }
  }

  const summary = `isolation: ${operations.length} operations × ${callers.length + 2} kinds of caller: ${counts.cells} cells checked, ${counts.requests} requests (${counts.public} on public operations, ${counts.ownScope} own-scope)`;
  console.log(summary);
  if (unmapped.size > 0)
    console.log(`isolation: path parameters without a real value: ${[...unmapped].join('; ')}`);
  assert.deepEqual(failures, [], failures.join('\n'));
});

test('the public list names only operations the document has', () => {
  const labels = new Set(operations.map((operation) => operation.label));
  assert.deepEqual(
    Object.keys(PUBLIC_OPERATIONS).filter((label) => !labels.has(label)),
    [],
  );
});
