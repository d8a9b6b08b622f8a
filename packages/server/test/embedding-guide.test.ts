import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Session } from '@signport/core';
import { makePurchaseAgreement } from './fixtures/make-purchase-agreement.js';
import { serveApp } from './support/serve-app.js';
import { uploadedTemplate } from './support/signing.js';
import { bearer, json, seedAccount, testApp } from './support/test-server.js';

// docs/embedding.md's API calls, run as written against a real server: a developer copies them.
const guide = readFileSync(new URL('../../../docs/embedding.md', import.meta.url), 'utf8');
const blocks = (language: string) =>
  [...guide.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map(
    (match) => match[1]!,
  );

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<unknown>;

test('the guide’s user upsert and party-link snippets work as written', async (t) => {
  const ctx = await testApp(t);
  const { secretKey } = await seedAccount(ctx);
  const apiUrl = await serveApp(t, ctx.app);

  // Step 2: the HTTP request, with the account's real key in place of `sk_…`.
  const upsert = blocks('http').find((block) => block.startsWith('PUT /v1/users/'));
  assert.ok(upsert, 'the guide upserts a user');
  const [head, body] = upsert.split('\n\n');
  const [requestLine, ...headerLines] = head!.split('\n');
  const [method, path] = requestLine!.split(' ');
  const headers = Object.fromEntries(
    headerLines.map((line) => line.split(': ') as [string, string]),
  );
  headers.Authorization = headers.Authorization!.replace('sk_…', secretKey);
  const upserted = await fetch(`${apiUrl}${path}`, { method, headers, body });
  assert.equal(upserted.status, 201, await upserted.clone().text());
  const externalId = path!.split('/').pop()!;

  // A session of that user, with a party to sign in the host's page.
  const minted = await ctx.app.request(
    '/v1/embed-tokens',
    json('POST', { externalId }, bearer(secretKey)),
  );
  const { token: userToken } = (await minted.json()) as { token: string };
  const template = await uploadedTemplate(ctx.app, userToken, await makePurchaseAgreement());
  const created = await ctx.app.request(
    '/v1/sessions',
    json(
      'POST',
      {
        templateId: template.id,
        parties: [
          { role: 'buyer', name: 'Bob Buyer', email: 'bob@example.com' },
          { role: 'seller', name: 'Sue Seller', email: 'sue@example.com' },
        ],
        send: true,
      },
      bearer(userToken),
    ),
  );
  assert.equal(created.status, 201, await created.clone().text());
  const session = (await created.json()) as Session;

  // Step 5: the party-link snippet, run as it is with the variables it names.
  const snippet = blocks('js').find((block) => block.includes('/parties/${partyId}/link'));
  assert.ok(snippet, 'the guide mints a party link');
  assert.match(snippet, /externalId: 'agent-42'/);
  const run = new AsyncFunction(
    'SIGNPORT_URL',
    'SIGNPORT_SECRET_KEY',
    'sessionId',
    'partyId',
    `${snippet}\nreturn token;`,
  );
  const partyToken = (await run(apiUrl, secretKey, session.id, session.parties[0]!.id)) as string;

  // What <sign-session token="…"> then loads.
  const view = await fetch(`${apiUrl}/v1/party`, { headers: bearer(partyToken) });
  assert.equal(view.status, 200, await view.clone().text());
  assert.match(guide, /<sign-session api="[^"]+" token="PARTY-LINK-TOKEN"><\/sign-session>/);
  assert.doesNotMatch(
    guide,
    /<signport-provider[^>]*>[\s\S]*?<sign-session><\/sign-session>[\s\S]*?<\/signport-provider>/,
    '<sign-session> never relies on the provider’s embed token',
  );
});
