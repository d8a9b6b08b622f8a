import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { PartyView, Template } from '@signport/core';
import { englishErrorTexts } from '../src/capabilities/languages/error-texts-en.js';
import { makePurchaseAgreement } from './fixtures/make-purchase-agreement.js';
import { portalWorld } from './support/portal-fixture.js';
import {
  createSession,
  deliveredEmails,
  linkTokenFor,
  uploadedTemplate,
  type SigningWorld,
} from './support/signing.js';
import { signingWorld } from './support/signing-world.js';
import { bearer, json } from './support/test-server.js';

// A refusal a party or a client reads next to a field comes in the language the browser asks for
// (`Accept-Language`); its code and field stay the same, and English stays the default.

interface ErrorBody {
  error: { code: string; message: string; field?: string };
}

let world: SigningWorld;
let template: Template;
let buyerToken: string;

before(async () => {
  world = await signingWorld();
  template = await uploadedTemplate(world.app, world.token, await makePurchaseAgreement());
  await createSession(world.app, world.token, {
    templateId: template.id,
    parties: [
      { role: 'buyer', name: 'Bob Buyer', email: 'bob@example.com' },
      { role: 'seller', name: 'Sue Seller', email: 'sue@example.com' },
    ],
    send: true,
  });
  buyerToken = linkTokenFor(
    await deliveredEmails(world.db, world.config, world.time),
    'bob@example.com',
  );
});
after(() => world.close());

/** The buyer writes the seller's name, as a signing form would on a field change. */
const writeSellersField = (headers: Record<string, string>) =>
  world.app.request(
    '/v1/party/values',
    json('PATCH', { values: { seller_name: 'Not mine' } }, { ...bearer(buyerToken), ...headers }),
  );

test('a Spanish message next to the field a party may not write; same code and field', async () => {
  const spanish = await writeSellersField({ 'Accept-Language': 'es-MX,es;q=0.9,en;q=0.5' });
  assert.equal(spanish.status, 403);
  assert.equal(spanish.headers.get('content-language'), 'es');
  assert.deepEqual(((await spanish.json()) as ErrorBody).error, {
    code: 'field_not_yours',
    message: 'Este campo pertenece a otra parte.',
    field: 'seller_name',
  });

  const french = (await (
    await writeSellersField({ 'Accept-Language': 'fr-CA' })
  ).json()) as ErrorBody;
  assert.equal(french.error.message, 'Ce champ appartient à un autre signataire.');

  for (const headers of [{}, { 'Accept-Language': 'de-DE' }] as Record<string, string>[]) {
    const english = await writeSellersField(headers);
    assert.equal(english.headers.get('content-language'), null);
    assert.deepEqual(((await english.json()) as ErrorBody).error, {
      code: 'field_not_yours',
      message: 'This field belongs to another party.',
      field: 'seller_name',
    });
  }
});

test('a required field left empty is named as written, the rest in Spanish', async () => {
  const view = (await (
    await world.app.request('/v1/party', { headers: bearer(buyerToken) })
  ).json()) as PartyView;
  const refused = await world.app.request(
    '/v1/party/complete',
    json(
      'POST',
      { consent: { accepted: true, disclosureVersion: view.consent.version }, signatures: {} },
      { ...bearer(buyerToken), 'Accept-Language': 'es' },
    ),
  );
  assert.equal(refused.status, 400);
  const { error } = (await refused.json()) as ErrorBody;
  assert.equal(error.code, 'validation_failed');
  assert.ok(error.field, 'the field is named');
  assert.match(error.message, /^.+ es obligatorio\.$/);
  const field = view.fields.find((candidate) => candidate.id === error.field);
  assert.ok(field && error.message.startsWith(field.name ?? ''), 'the field keeps its own name');
});

test('a signing link that does not work, said in French', async () => {
  const res = await world.app.request('/v1/party', {
    headers: { ...bearer('not-a-real-token-0123456789abcdef'), 'Accept-Language': 'fr' },
  });
  assert.equal(res.status, 401);
  assert.deepEqual(((await res.json()) as ErrorBody).error, {
    code: 'unauthorized',
    message: 'Ce lien de signature n’est pas valide.',
  });
});

test('portal sign-in and passwords: refusals in the client’s browser language', async (t) => {
  const portal = await portalWorld(t);
  const client = await portal.addClient({ name: 'Bea', type: 'owner', email: 'bea@example.com' });
  const token = await portal.invite(client.id, 'bea@example.com', ['documents']);

  const short = await portal.app.request(
    '/v1/portal/activate',
    json('POST', { token, password: 'corta' }, { 'Accept-Language': 'es' }),
  );
  assert.equal(short.status, 400);
  assert.deepEqual(((await short.json()) as ErrorBody).error, {
    code: 'validation_failed',
    message: 'password: Use al menos 8 caracteres',
    field: 'password',
  });
  const common = await portal.app.request(
    '/v1/portal/activate',
    json('POST', { token, password: 'password123' }, { 'Accept-Language': 'es' }),
  );
  const commonError = ((await common.json()) as ErrorBody).error;
  assert.equal(commonError.code, 'password_too_common');
  assert.equal(commonError.field, 'password');
  assert.match(commonError.message, /^Esta contraseña es una de las más comunes/);

  await portal.activate(token);
  const wrong = await portal.login('bea@example.com', 'not the password', {
    'Accept-Language': 'fr-FR',
  });
  assert.equal(wrong.status, 401);
  assert.deepEqual(((await wrong.json()) as ErrorBody).error, {
    code: 'unauthorized',
    message: 'L’identifiant ou le mot de passe est incorrect.',
  });
});

test('every translated refusal is still one the code makes (no stale English key)', async () => {
  const roots = ['src', '../core/src'];
  const sources: string[] = [];
  for (const root of roots) {
    for (const file of await readdir(root, { recursive: true })) {
      if (!file.endsWith('.ts') || file.includes('error-texts-')) continue;
      sources.push(await readFile(join(root, file), 'utf8'));
    }
  }
  const code = sources.join('\n');
  const stale = Object.entries(englishErrorTexts).filter(([, text]) => {
    // The longest fixed part of the text, without the period a rule's refusal gains on the way.
    const fixed = text
      .split(/\{\w+\}/)
      .map((part) => part.replace(/\.$/, ''))
      .sort((a, b) => b.length - a.length)[0];
    return !fixed || !code.includes(fixed);
  });
  assert.deepEqual(stale, []);
});
