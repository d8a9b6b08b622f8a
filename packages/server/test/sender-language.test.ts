import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { PartyOutcome, PartyView, Template, User } from '@signport/core';
import { makePurchaseAgreement } from './fixtures/make-purchase-agreement.js';
import { makeSignaturePng } from './fixtures/make-signature-png.js';
import { createSession, runJobs, uploadedTemplate, type SigningWorld } from './support/signing.js';
import { signingWorld } from './support/signing-world.js';
import { parseMail, startSmtpServer, type Received } from './support/smtp-catcher.js';
import { bearer, json } from './support/test-server.js';

// Betty, the sender, reads French: the emails Signport sends her (completed, declined) are in
// French, while her parties get theirs in their own language.

const BETTY = 'betty@shoreline.test';
const BUYER = { role: 'buyer', name: 'Bob Buyer', email: 'bob@example.com' };
const SELLER = { role: 'seller', name: 'Sue Seller', email: 'sue@example.com' };
const VALUES = {
  property_address: '1428 Elm Street',
  property_city_state_zip: 'Springfield, IL 62704',
  purchase_price: '452,500.00',
  earnest_money: '10,000.00',
  closing_date: '2030-07-15',
  buyer_name: BUYER.name,
  buyer_email: BUYER.email,
  seller_name: SELLER.name,
};

let smtp: { url: string; received: Received[] };
let world: SigningWorld;
let template: Template;

before(async (t) => {
  smtp = await startSmtpServer(t as never);
  world = await signingWorld({
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Signport <no-reply@signport.test>',
  });
  template = await uploadedTemplate(world.app, world.token, await makePurchaseAgreement());
});
after(() => world.close());

let seen = 0;
async function newMail() {
  await runJobs(world.db, world.config, world.time);
  const fresh = smtp.received.slice(seen);
  seen = smtp.received.length;
  return fresh.map((mail) => ({ ...parseMail(mail.raw), rcptTo: mail.rcptTo }));
}
const upsertBetty = (input: Record<string, unknown>) =>
  world.app.request(
    '/v1/users/betty',
    json('PUT', { name: 'Betty Agent', email: BETTY, ...input }, bearer(world.secretKey)),
  );
const tokenIn = (text: string) => /\/s\/([\w-]+)/.exec(text)?.[1] ?? '';

test('a user’s language is set through the API, kept when a later upsert omits it', async () => {
  const french = await upsertBetty({ locale: 'fr' });
  assert.equal(french.status, 200, await french.clone().text());
  assert.equal(((await french.json()) as User).locale, 'fr');
  const synced = await upsertBetty({ name: 'Betty Agent' });
  assert.equal(((await synced.json()) as User).locale, 'fr');
  const refused = await upsertBetty({ locale: 'de' });
  assert.equal(refused.status, 400);
  const { error } = (await refused.json()) as { error: { code: string; field: string } };
  assert.deepEqual([error.code, error.field], ['validation_failed', 'locale']);
  const created = await world.app.request(
    '/v1/users/nina',
    json('PUT', { name: 'Nina New', email: 'nina@shoreline.test' }, bearer(world.secretKey)),
  );
  assert.equal(((await created.json()) as User).locale, 'en', 'English by default');
});

test('a French sender gets the completion email in French; the Spanish buyer in Spanish', async () => {
  await upsertBetty({ locale: 'fr' });
  await createSession(world.app, world.token, {
    templateId: template.id,
    parties: [{ ...BUYER, locale: 'es' }, SELLER],
    values: VALUES,
    send: true,
  });
  const signature = `data:image/png;base64,${Buffer.from(await makeSignaturePng(600, 200)).toString('base64')}`;
  const invitations = await newMail();
  let outcome: PartyOutcome | undefined;
  for (const party of [BUYER, SELLER]) {
    const token = tokenIn(
      invitations.find((mail) => mail.rcptTo.includes(party.email))?.text ?? '',
    );
    const view = (await (
      await world.app.request('/v1/party', { headers: bearer(token) })
    ).json()) as PartyView;
    const done = await world.app.request(
      '/v1/party/complete',
      json(
        'POST',
        {
          consent: { accepted: true, disclosureVersion: view.consent.version },
          signatures: Object.fromEntries(
            view.fields
              .filter((field) => field.type === 'signature' || field.type === 'initials')
              .map((field) => [field.id, signature]),
          ),
        },
        bearer(token),
      ),
    );
    assert.equal(done.status, 200, await done.clone().text());
    outcome = (await done.json()) as PartyOutcome;
  }
  assert.equal(outcome?.status, 'completed');

  const completed = await newMail();
  const toBetty = completed.find((mail) => mail.rcptTo.includes(BETTY));
  assert.ok(toBetty, 'the sender gets the sealed copy');
  assert.equal(toBetty.headers.get('subject'), 'Terminé : « Residential Purchase Agreement »');
  assert.match(toBetty.text, /^Bonjour Betty Agent,/);
  assert.match(toBetty.text, /Tout le monde a signé « Residential Purchase Agreement »/);
  assert.ok(toBetty.html.includes('Vérifier une copie'), 'the HTML button is French too');
  assert.equal(toBetty.attachments[0]?.contentType, 'application/pdf');
  const toBuyer = completed.find((mail) => mail.rcptTo.includes(BUYER.email));
  assert.equal(toBuyer?.headers.get('subject'), 'Completado: «Residential Purchase Agreement»');
  const toSeller = completed.find((mail) => mail.rcptTo.includes(SELLER.email));
  assert.equal(toSeller?.headers.get('subject'), 'Completed: “Residential Purchase Agreement”');
});

test('a French sender learns in French that a party declined; in English once she switches back', async () => {
  for (const [locale, subject, reason] of [
    [
      'fr',
      /^Bob Buyer a refusé de signer « Residential Purchase Agreement »$/,
      /Motif : Wrong price/,
    ],
    ['en', /^Bob Buyer declined to sign “Residential Purchase Agreement”$/, /Reason: Wrong price/],
  ] as const) {
    await upsertBetty({ locale });
    await createSession(world.app, world.token, {
      templateId: template.id,
      parties: [BUYER, SELLER],
      values: VALUES,
      send: true,
    });
    const token = tokenIn(
      (await newMail()).find((mail) => mail.rcptTo.includes(BUYER.email))?.text ?? '',
    );
    const declined = await world.app.request(
      '/v1/party/decline',
      json('POST', { reason: 'Wrong price' }, bearer(token)),
    );
    assert.equal(declined.status, 200, await declined.clone().text());
    const toBetty = (await newMail()).find((mail) => mail.rcptTo.includes(BETTY));
    assert.match(toBetty?.headers.get('subject') ?? '', subject);
    assert.match(toBetty?.text ?? '', reason);
  }
});
