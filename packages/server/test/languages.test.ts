import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { PartyOutcome, PartyView, Session, Template } from '@signport/core';
import { makePurchaseAgreement } from './fixtures/make-purchase-agreement.js';
import { makeSignaturePng } from './fixtures/make-signature-png.js';
import { drawPdf } from './support/read-pdf-as-person.js';
import { createSession, runJobs, uploadedTemplate, type SigningWorld } from './support/signing.js';
import { signingWorld } from './support/signing-world.js';
import { parseMail, startSmtpServer, type Received } from './support/smtp-catcher.js';
import { bearer, json } from './support/test-server.js';

// A Spanish-speaking buyer chosen by the sender, a seller whose browser asks for French, and the
// sender in English: each gets their emails, pages and (for the first party) certificate in theirs.

const BUYER = { role: 'buyer', name: 'Begoña Compradora', email: 'bego@example.com', locale: 'es' };
const SELLER = { role: 'seller', name: 'Samuel Vendeur', email: 'sam@example.com' };
const PREFILLED = {
  property_address: '1428 Elm Street',
  property_city_state_zip: 'Springfield, IL 62704',
  purchase_price: '452,500.00',
  earnest_money: '10,000.00',
  closing_date: '2030-07-15',
};

let smtp: { url: string; received: Received[] };
let world: SigningWorld;
let template: Template;
let signature: string;

before(async (t) => {
  smtp = await startSmtpServer(t as never);
  world = await signingWorld({
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Signport <no-reply@signport.test>',
  });
  template = await uploadedTemplate(world.app, world.token, await makePurchaseAgreement());
  signature = `data:image/png;base64,${Buffer.from(await makeSignaturePng(600, 200)).toString('base64')}`;
});
after(() => world.close());

/** The emails the SMTP server received since the last call, decoded. */
let seen = 0;
async function newMail() {
  await runJobs(world.db, world.config, world.time);
  const fresh = smtp.received.slice(seen);
  seen = smtp.received.length;
  return fresh.map((mail) => ({ ...parseMail(mail.raw), rcptTo: mail.rcptTo }));
}

function signaturesOf(role: string): Record<string, string> {
  return Object.fromEntries(
    template.fields
      .filter(
        (field) => field.role === role && (field.type === 'signature' || field.type === 'initials'),
      )
      .map((field) => [field.id, signature]),
  );
}

test('a sender cannot give a party a language Signport does not speak', async () => {
  const refused = await world.app.request(
    '/v1/sessions',
    json(
      'POST',
      { templateId: template.id, parties: [{ ...BUYER, locale: 'de' }] },
      bearer(world.token),
    ),
  );
  assert.equal(refused.status, 400);
  const body = (await refused.json()) as { error: { code: string; field?: string } };
  assert.equal(body.error.code, 'validation_failed');
  assert.equal(body.error.field, 'parties.0.locale');
});

test('a signing in Spanish: Spanish emails, pages and certificate headings; French for a French browser', async () => {
  const { app } = world;
  const session = await createSession(app, world.token, {
    templateId: template.id,
    parties: [BUYER, SELLER],
    values: PREFILLED,
    send: true,
  });
  assert.deepEqual(
    session.parties.map((party) => party.locale),
    ['es', null],
  );

  const invitations = await newMail();
  const toBuyer = invitations.find((mail) => mail.rcptTo.includes(BUYER.email));
  const toSeller = invitations.find((mail) => mail.rcptTo.includes(SELLER.email));
  assert.ok(toBuyer && toSeller);
  assert.match(
    toBuyer.headers.get('subject') ?? '',
    /^.+ le pide que firme «Residential Purchase Agreement»$/,
  );
  assert.match(toBuyer.text, /^Hola, Begoña Compradora:/);
  assert.match(
    toBuyer.text,
    /le envió «Residential Purchase Agreement» para que lo revise y lo firme\./,
  );
  assert.match(toBuyer.text, /Abrir el documento: http/);
  // Dates in the party's language: "hasta el 4 de enero de 2027 a las 10:00 UTC".
  assert.match(
    toBuyer.text,
    /Funciona hasta el \d{1,2} de [a-z]+ de \d{4} a las \d{1,2}:\d{2} UTC\./,
  );
  assert.ok(toBuyer.html.includes('Abrir el documento'), 'the HTML button is Spanish too');
  // The seller has no language yet: English until their browser tells.
  assert.match(
    toSeller.headers.get('subject') ?? '',
    /asks you to sign “Residential Purchase Agreement”$/,
  );
  const tokenIn = (text: string) => /\/s\/([\w-]+)/.exec(text)?.[1] ?? '';
  const buyerToken = tokenIn(toBuyer.text);
  const sellerToken = tokenIn(toSeller.text);

  // The hosted page speaks the party's language whatever the browser asks, and loads its texts.
  const page = await app.request(`/s/${buyerToken}`, { headers: { 'Accept-Language': 'en-US' } });
  const pageHtml = await page.text();
  assert.match(pageHtml, /<html lang="es">/);
  assert.match(pageHtml, /<title>Revisar y firmar<\/title>/);
  assert.match(pageHtml, /src="\/elements\/signport-es\.js"/);

  const buyerView = (await (
    await app.request('/v1/party', { headers: { ...bearer(buyerToken), 'Accept-Language': 'fr' } })
  ).json()) as PartyView;
  assert.equal(buyerView.party.locale, 'es', "the sender's choice beats the browser's");
  const sellerView = (await (
    await app.request('/v1/party', {
      headers: { ...bearer(sellerToken), 'Accept-Language': 'fr-CA,fr;q=0.9,en;q=0.5' },
    })
  ).json()) as PartyView;
  assert.equal(sellerView.party.locale, 'fr', "the seller's browser language is remembered");
  const sellerPage = await (await app.request(`/s/${sellerToken}`)).text();
  assert.match(sellerPage, /<html lang="fr">/, 'and used for their pages without asking again');

  for (const [token, view, role, values] of [
    [buyerToken, buyerView, 'buyer', { buyer_name: BUYER.name, buyer_email: BUYER.email }],
    [sellerToken, sellerView, 'seller', { seller_name: SELLER.name }],
  ] as const) {
    const done = await app.request(
      '/v1/party/complete',
      json(
        'POST',
        {
          consent: { accepted: true, disclosureVersion: view.consent.version },
          signatures: signaturesOf(role),
          values,
        },
        bearer(token),
      ),
    );
    assert.equal(done.status, 200, await done.clone().text());
    if (role === 'seller') {
      const outcome = (await done.json()) as PartyOutcome;
      assert.equal(outcome.status, 'completed');
    }
  }

  const completed = (await newMail()).filter((mail) =>
    /Residential Purchase Agreement/.test(mail.headers.get('subject') ?? ''),
  );
  const subjectTo = (email: string) =>
    completed.find((mail) => mail.rcptTo.includes(email))?.headers.get('subject');
  assert.equal(subjectTo(BUYER.email), 'Completado: «Residential Purchase Agreement»');
  assert.equal(subjectTo(SELLER.email), 'Terminé : « Residential Purchase Agreement »');
  assert.equal(subjectTo('betty@shoreline.test'), 'Completed: “Residential Purchase Agreement”');
  const buyerCopy = completed.find((mail) => mail.rcptTo.includes(BUYER.email));
  assert.match(
    buyerCopy?.text ?? '',
    /Todos han firmado «Residential Purchase Agreement»\. Se adjunta/,
  );
  assert.equal(buyerCopy?.attachments[0]?.contentType, 'application/pdf');

  // The certificate's headings, read off the drawn page as a person would see them.
  const sealed = new Uint8Array(buyerCopy?.attachments[0]?.bytes ?? []);
  const drawn = await drawPdf(sealed, 'poppler');
  try {
    const certificate = await drawn.readPage(buyerView.pages.length + 1, ['spa']);
    for (const heading of [
      'Certificado de finalización',
      'Documento',
      'Remitente',
      'Firmantes (2)',
      'Consentimiento',
    ]) {
      assert.ok(certificate.includes(heading), `"${heading}" in:\n${certificate}`);
    }
    assert.ok(
      certificate.includes('Residential Purchase Agreement'),
      'the signed content stays as written',
    );
    assert.ok(!certificate.includes('Certificate of completion'));
  } finally {
    await drawn.close();
  }

  const stored = (await (
    await app.request(`/v1/sessions/${session.id}`, { headers: bearer(world.token) })
  ).json()) as Session;
  assert.deepEqual(
    stored.parties.map((party) => party.locale),
    ['es', 'fr'],
  );
});

test('a link that does not work is explained in the browser’s language', async () => {
  const page = await world.app.request('/s/not-a-real-token-0123456789', {
    headers: { 'Accept-Language': 'es-MX,es;q=0.9' },
  });
  assert.equal(page.status, 404);
  const body = await page.text();
  assert.match(body, /<html lang="es">/);
  assert.ok(body.includes('Este enlace de firma no funciona'));
  const english = await (await world.app.request('/s/not-a-real-token-0123456789')).text();
  assert.ok(english.includes('This signing link does not work'));
});

test('the verify page speaks the browser’s language, its script’s texts included', async () => {
  const page = await world.app.request('/verify', { headers: { 'Accept-Language': 'fr-FR' } });
  const body = await page.text();
  assert.match(body, /<html lang="fr">/);
  assert.match(body, /<title>Vérifier un document signé<\/title>/);
  const attribute = /data-texts="([^"]*)"/.exec(body)?.[1] ?? '{}';
  const texts = JSON.parse(attribute.replace(/&quot;/g, '"').replace(/&amp;/g, '&')) as Record<
    string,
    string
  >;
  assert.equal(texts.verifyValidTitle, 'Scellé et intact');
  assert.equal(texts.verifyChecking, 'Vérification de {file}…');
});
