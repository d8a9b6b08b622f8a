import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, test } from 'node:test';
import type {
  AuditTrail,
  PartyOutcome,
  PartyView,
  Session,
  Template,
  VerifyResult,
} from '@signport/core';
import { makePurchaseAgreement } from './fixtures/make-purchase-agreement.js';
import { makeSignaturePng } from './fixtures/make-signature-png.js';
import { runPdfTool } from './fixtures/pdf-tools.js';
import {
  createSession,
  deliveredEmails,
  linkTokenFor,
  partyJson,
  uploadedTemplate,
  type SigningWorld,
} from './support/signing.js';
import { signingWorld } from './support/signing-world.js';
import { bearer, json } from './support/test-server.js';

let world: SigningWorld;
let template: Template;
let signature: string;
let initials: string;

const BUYER = { role: 'buyer', name: 'Zoe Lukasz', email: 'zoe.buyer@example.com' };
const SELLER = { role: 'seller', name: 'Samuel OConnor', email: 'sam.seller@example.com' };
const browser = (ua: string) => ({ 'User-Agent': ua });

before(async () => {
  world = await signingWorld();
  template = await uploadedTemplate(world.app, world.token, await makePurchaseAgreement());
  const patched = await world.app.request(
    `/v1/templates/${template.id}`,
    json('PATCH', { signingOrder: 'sequential' }, bearer(world.token)),
  );
  assert.equal(patched.status, 200);
  const dataUrl = (png: Uint8Array) =>
    `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
  signature = dataUrl(await makeSignaturePng(600, 200));
  initials = dataUrl(await makeSignaturePng(240, 120));
});
after(() => world.close());

/** Every signature and initials field of a role, signed. */
function signaturesOf(role: string): Record<string, string> {
  return Object.fromEntries(
    template.fields
      .filter(
        (field) => field.role === role && (field.type === 'signature' || field.type === 'initials'),
      )
      .map((field) => [field.id, field.type === 'initials' ? initials : signature]),
  );
}

test('a purchase agreement goes from upload to a sealed, verifiable PDF signed by buyer then seller', async () => {
  const { app, db, config, time } = world;
  const session = await createSession(app, world.token, {
    templateId: template.id,
    parties: [BUYER, SELLER],
    values: {
      property_address: '1428 Elm Street, Unit 3B',
      property_city_state_zip: 'Springfield, IL 62704',
      purchase_price: '452,500.00',
      earnest_money: '10,000.00',
      closing_date: '2030-07-15',
      possession: 'At closing',
      title_company: 'Fidelity National Title',
      financing_conventional: true,
    },
    lockedFieldIds: ['purchase_price'],
    message: { body: 'Please review the agreement we discussed.' },
    send: true,
  });
  assert.equal(session.status, 'sent');
  assert.equal(session.initiator.externalId, 'betty');
  assert.equal(session.sender.externalId, 'betty');

  // Sequential: only the buyer is invited at first.
  let emails = await deliveredEmails(db, config, time);
  assert.deepEqual(
    emails.map((email) => email.to),
    [[BUYER.email]],
  );
  assert.equal(emails[0]?.replyTo, 'betty@shoreline.test');
  assert.match(emails[0]?.text ?? '', /Please review the agreement we discussed\./);
  const buyerToken = linkTokenFor(emails, BUYER.email);

  const viewRes = await app.request('/v1/party', {
    headers: { ...bearer(buyerToken), ...browser('BuyerPhone/1.0') },
  });
  assert.equal(viewRes.status, 200);
  const view = (await viewRes.json()) as PartyView;
  assert.equal(view.isMyTurn, true);
  assert.equal(view.session.status, 'in_progress', 'opening the link starts the session');
  assert.equal(view.pages.length, 4);
  assert.equal(
    (await app.request(view.pages[0]?.imageUrl ?? '')).status,
    200,
    'page images load without a header',
  );
  assert.ok(
    view.fields.every((field) => template.fields.find((f) => f.id === field.id)?.role === 'buyer'),
  );
  assert.equal(view.fields.find((field) => field.id === 'purchase_price')?.locked, true);
  assert.equal(view.fields.find((field) => field.id === 'purchase_price')?.value, '452,500.00');
  assert.match(view.consent.text, /ESIGN/);
  assert.equal(view.consent.sha256, createHash('sha256').update(view.consent.text).digest('hex'));
  assert.deepEqual(
    view.workroom.map((party) => [party.name, party.status]),
    [
      [BUYER.name, 'viewed'],
      [SELLER.name, 'waiting'],
    ],
  );

  const saved = await app.request(
    '/v1/party/values',
    partyJson('PATCH', buyerToken, { values: { buyer_name: BUYER.name } }),
  );
  assert.equal(saved.status, 200);

  const buyerDone = await app.request('/v1/party/complete', {
    ...partyJson('POST', buyerToken, {
      consent: { accepted: true, disclosureVersion: view.consent.version },
      signatures: signaturesOf('buyer'),
      values: { buyer_email: BUYER.email },
    }),
    headers: {
      'content-type': 'application/json',
      ...bearer(buyerToken),
      ...browser('BuyerPhone/1.0'),
    },
  });
  assert.equal(buyerDone.status, 200, await buyerDone.clone().text());
  assert.deepEqual(await buyerDone.json(), { status: 'in_progress', partyStatus: 'completed' });

  // The seller's turn comes once the buyer signed.
  emails = await deliveredEmails(db, config, time);
  const sellerToken = linkTokenFor(emails, SELLER.email);
  const sellerView = (await (
    await app.request('/v1/party', { headers: bearer(sellerToken) })
  ).json()) as PartyView;
  assert.equal(sellerView.isMyTurn, true);
  assert.equal(
    sellerView.others.find((other) => other.fieldId === 'buyer_name')?.value,
    BUYER.name,
  );

  const sellerBody = {
    consent: { accepted: true, disclosureVersion: sellerView.consent.version },
    signatures: signaturesOf('seller'),
    values: { seller_name: SELLER.name },
  };
  const sellerHeaders = {
    'content-type': 'application/json',
    ...bearer(sellerToken),
    ...browser('SellerLaptop/2.0'),
  };
  const sellerDone = await app.request('/v1/party/complete', {
    method: 'POST',
    headers: sellerHeaders,
    body: JSON.stringify(sellerBody),
  });
  assert.equal(sellerDone.status, 200, await sellerDone.clone().text());
  const outcome = (await sellerDone.json()) as PartyOutcome;
  assert.equal(outcome.status, 'completed');
  assert.match(
    outcome.documentUrl ?? '',
    /^\/v1\/sessions\/ses_\w+\/document\.pdf\?expires=\d+&signature=/,
  );

  // A retried completion answers the same and changes nothing.
  const retry = await app.request('/v1/party/complete', {
    method: 'POST',
    headers: sellerHeaders,
    body: JSON.stringify(sellerBody),
  });
  assert.equal(retry.status, 200);
  assert.equal(((await retry.json()) as PartyOutcome).status, 'completed');

  const download = await app.request(outcome.documentUrl ?? '');
  assert.equal(download.status, 200);
  assert.equal(download.headers.get('content-type'), 'application/pdf');
  const sealed = new Uint8Array(await download.arrayBuffer());

  const check = await runPdfTool('qpdf', ['--check', '{in}'], sealed);
  assert.equal(check.exitCode, 0, check.stdout + check.stderr);
  const text = (await runPdfTool('pdftotext', ['{in}', '-'], sealed)).stdout.replace(/\s+/g, ' ');
  for (const expected of [
    '452,500.00',
    '1428 Elm Street, Unit 3B',
    BUYER.name,
    SELLER.name,
    'Fidelity National Title',
    'Certificate of completion',
    `${BUYER.name} - Buyer`,
    `${SELLER.name} - Seller`,
    'Betty Agent <betty@shoreline.test>',
    'BuyerPhone/1.0',
    'SellerLaptop/2.0',
    '2025-01',
  ]) {
    assert.ok(text.includes(expected), `the sealed PDF shows: ${expected}`);
  }
  assert.match(text, /Initiator/i);
  assert.match(text, /Sender/i);
  const report = (await runPdfTool('pdfsig', ['{in}'], sealed)).stdout;
  assert.match(report, /Signature Validation: Signature is Valid\./);
  assert.match(report, /Total document signed/);

  const verified = await verify(sealed);
  assert.deepEqual(verified, {
    valid: true,
    sessionId: session.id,
    completedAt: verified.completedAt,
    documentName: template.name,
    parties: [
      { name: BUYER.name, role: 'Buyer', signedAt: verified.parties?.[0]?.signedAt },
      { name: SELLER.name, role: 'Seller', signedAt: verified.parties?.[1]?.signedAt },
    ],
  });
  assert.ok(verified.parties?.every((party) => party.signedAt));
  assert.ok(verified.completedAt);
  const tampered = new Uint8Array(sealed);
  // One bit of one byte inside the signed range.
  tampered[1000] = (tampered[1000] ?? 0) ^ 0x01;
  const refused = await verify(tampered);
  assert.equal(refused.valid, false);
  assert.ok(refused.reason);
  assert.doesNotMatch(
    (await runPdfTool('pdfsig', ['{in}'], tampered)).stdout,
    /Signature is Valid\./,
  );

  // The session, its trail and its document for the sender.
  const details = (await (
    await app.request(`/v1/sessions/${session.id}`, { headers: bearer(world.token) })
  ).json()) as Session;
  assert.equal(details.status, 'completed');
  assert.ok(details.parties.every((party) => party.status === 'completed' && party.completedAt));
  const own = await app.request(`/v1/sessions/${session.id}/document.pdf`, {
    headers: bearer(world.token),
  });
  assert.equal(own.status, 200);
  assert.deepEqual(new Uint8Array(await own.arrayBuffer()), sealed);

  const trail = (await (
    await app.request(`/v1/sessions/${session.id}/audit`, { headers: bearer(world.token) })
  ).json()) as AuditTrail;
  const types = trail.events.map((event) => event.type);
  for (const type of [
    'created',
    'sent',
    'invited',
    'viewed',
    'saved',
    'consented',
    'signed',
    'completed',
  ] as const) {
    assert.ok(types.includes(type), `audit has ${type}`);
  }
  assert.equal(types.at(-1), 'completed');
  const buyerSigned = trail.events.find(
    (event) => event.type === 'signed' && event.userAgent === 'BuyerPhone/1.0',
  );
  assert.ok(buyerSigned?.ip, 'the signature records where it came from');

  // Everyone gets the completed copy, attached.
  emails = await deliveredEmails(db, config, time);
  const completed = emails.filter((email) => email.subject.startsWith('Completed'));
  assert.deepEqual(
    completed.map((email) => email.to[0]).sort(),
    ['betty@shoreline.test', SELLER.email, BUYER.email].sort(),
  );
  for (const email of completed) {
    assert.equal(email.attachments.length, 1);
    assert.equal(email.attachments[0]?.contentType, 'application/pdf');
    assert.equal(email.attachments[0]?.size, sealed.byteLength);
  }
});

async function verify(pdf: Uint8Array): Promise<VerifyResult> {
  const form = new FormData();
  form.set('file', new Blob([pdf], { type: 'application/pdf' }), 'signed.pdf');
  const res = await world.app.request('/v1/verify', { method: 'POST', body: form });
  assert.equal(res.status, 200);
  return (await res.json()) as VerifyResult;
}
