import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { AuditTrail, PartyView, Template, Workroom } from '@signport/core';
import { makePurchaseAgreement } from './fixtures/make-purchase-agreement.js';
import { makeSignaturePng } from './fixtures/make-signature-png.js';
import {
  createSession,
  deliveredEmails,
  linkTokenFor,
  partyJson,
  uploadedTemplate,
  type SigningWorld,
} from './support/signing.js';
import { signingWorld } from './support/signing-world.js';
import { bearer } from './support/test-server.js';

// What the signing screen reads from the party API: a consent that stands, radio options where the
// PDF draws them, and the one definition of progress.

let world: SigningWorld;
let template: Template;
let counter = 0;
const CONSENT = { accepted: true, disclosureVersion: '2025-01' };

before(async () => {
  world = await signingWorld();
  template = await uploadedTemplate(world.app, world.token, await makePurchaseAgreement());
});
after(() => world.close());

/** A sent parallel session: the price is locked and prefilled by the sender. */
async function sentSession() {
  counter++;
  const buyer = `buyer${counter}@example.com`;
  const seller = `seller${counter}@example.com`;
  const session = await createSession(world.app, world.token, {
    templateId: template.id,
    parties: [
      { role: 'buyer', name: 'Bob Buyer', email: buyer },
      { role: 'seller', name: 'Sue Seller', email: seller },
    ],
    values: { purchase_price: '300,000.00', buyer_name: 'Bob Buyer' },
    lockedFieldIds: ['purchase_price'],
    send: true,
  });
  const emails = await deliveredEmails(world.db, world.config, world.time);
  return {
    session,
    buyerToken: linkTokenFor(emails, buyer),
    sellerToken: linkTokenFor(emails, seller),
  };
}

const view = async (token: string) => {
  const res = await world.app.request('/v1/party', { headers: bearer(token) });
  assert.equal(res.status, 200);
  return (await res.json()) as PartyView;
};
const consent = (token: string, body: unknown = CONSENT) =>
  world.app.request('/v1/party/consent', partyJson('POST', token, body));
const consentEvents = async (sessionId: string) => {
  const res = await world.app.request(`/v1/sessions/${sessionId}/audit`, {
    headers: bearer(world.token),
  });
  assert.equal(res.status, 200);
  return ((await res.json()) as AuditTrail).events.filter((event) => event.type === 'consented');
};

describe('consent is asked once per party', () => {
  test('accepted once, it stands on every later visit and when signing', async () => {
    const { session, buyerToken, sellerToken } = await sentSession();
    assert.equal((await view(buyerToken)).consent.acceptedAt, null);

    world.time.advance(1000);
    const accepted = await consent(buyerToken);
    assert.equal(accepted.status, 200, await accepted.clone().text());
    const { acceptedAt } = (await accepted.json()) as PartyView['consent'];
    assert.equal(acceptedAt, world.time.clock().toISOString());
    assert.equal((await view(buyerToken)).consent.acceptedAt, acceptedAt, 'a reload keeps it');
    assert.equal((await view(sellerToken)).consent.acceptedAt, null, 'the seller still is asked');

    world.time.advance(1000);
    const again = await consent(buyerToken);
    assert.equal(((await again.json()) as PartyView['consent']).acceptedAt, acceptedAt);
    assert.equal((await consentEvents(session.id)).length, 1, 'one consent in the trail');
  });

  test('signing after an earlier consent keeps its time and records it once', async () => {
    const { session, buyerToken } = await sentSession();
    await consent(buyerToken);
    const { acceptedAt } = (await view(buyerToken)).consent;
    world.time.advance(60_000);
    const signature = `data:image/png;base64,${Buffer.from(await makeSignaturePng(300, 100)).toString('base64')}`;
    const signatures = Object.fromEntries(
      template.fields
        .filter((f) => f.role === 'buyer' && (f.type === 'signature' || f.type === 'initials'))
        .map((f) => [f.id, signature]),
    );
    const res = await world.app.request(
      '/v1/party/complete',
      partyJson('POST', buyerToken, {
        consent: CONSENT,
        signatures,
        values: {
          property_address: '1 Main St',
          property_city_state_zip: 'Town, ST 00000',
          earnest_money: '1,000.00',
          closing_date: '2030-01-01',
        },
      }),
    );
    assert.equal(res.status, 200, await res.clone().text());
    const events = await consentEvents(session.id);
    assert.deepEqual(
      events.map((event) => event.at),
      [acceptedAt],
    );
  });

  test('an old disclosure version, a missing agreement or a declined party is refused and nothing is stored', async () => {
    const { session, buyerToken } = await sentSession();
    const old = await consent(buyerToken, { accepted: true, disclosureVersion: '2019-01' });
    assert.equal(old.status, 400);
    assert.deepEqual(((await old.json()) as { error: { code: string; field: string } }).error, {
      code: 'validation_failed',
      message: 'The disclosure has changed since you read it; review it again before signing.',
      field: 'consent.disclosureVersion',
    });
    const unticked = await consent(buyerToken, { accepted: false, disclosureVersion: '2025-01' });
    assert.equal(unticked.status, 400);
    assert.equal(
      ((await unticked.json()) as { error: { code: string } }).error.code,
      'validation_failed',
    );
    const declined = await world.app.request(
      '/v1/party/decline',
      partyJson('POST', buyerToken, { reason: 'Changed my mind' }),
    );
    assert.equal(declined.status, 200);
    const late = await consent(buyerToken);
    assert.equal(late.status, 409);
    assert.equal((await consentEvents(session.id)).length, 0);
  });
});

describe('radio options sit on the PDF’s own buttons', () => {
  test('each option of the possession group has the rect of its widget, for the party and for others', async () => {
    const { buyerToken, sellerToken } = await sentSession();
    const possession = (await view(buyerToken)).fields.find((field) => field.id === 'possession');
    assert.ok(possession?.optionRects, 'the radio field has one rect per option');
    assert.deepEqual(
      possession.optionRects.map((entry) => entry.option),
      ['At closing', 'Days after closing'],
    );
    const [first, second] = possession.optionRects.map((entry) => entry.rect);
    assert.ok(first && second);
    // The fixture puts 10 pt buttons (11 pt with their border) 160 pt apart on a 612 pt wide page.
    assert.ok(Math.abs(first.width * 612 - 11) < 1, `width ${first.width * 612} pt`);
    assert.ok(
      Math.abs((second.x - first.x) * 612 - 160) < 0.01,
      `gap ${(second.x - first.x) * 612} pt`,
    );
    assert.equal(first.y, second.y);
    for (const rect of [first, second]) {
      assert.ok(rect.x >= possession.rect.x - 1e-6);
      assert.ok(rect.x + rect.width <= possession.rect.x + possession.rect.width + 1e-6);
    }

    const saved = await world.app.request(
      '/v1/party/values',
      partyJson('PATCH', buyerToken, { values: { possession: 'Days after closing' } }),
    );
    assert.equal(saved.status, 200);
    const seen = (await view(sellerToken)).others.find((other) => other.fieldId === 'possession');
    assert.equal(seen?.value, 'Days after closing');
    assert.deepEqual(seen?.optionRects, possession.optionRects);
  });
});

describe('progress has one definition', () => {
  test('the workroom counts the required fields a party fills, never the sender’s locked ones', async () => {
    const { buyerToken } = await sentSession();
    const res = await world.app.request('/v1/party/workroom', { headers: bearer(buyerToken) });
    const workroom = (await res.json()) as Workroom;
    const buyer = workroom.roles[0]?.parties[0];
    const toFill = template.fields.filter(
      (field) =>
        field.role === 'buyer' &&
        field.required &&
        field.type !== 'date_signed' &&
        field.id !== 'purchase_price',
    );
    assert.ok(template.fields.find((field) => field.id === 'purchase_price')?.required);
    assert.deepEqual(buyer?.progress, {
      filled: toFill.some((field) => field.id === 'buyer_name') ? 1 : 0,
      required: toFill.length,
    });
  });
});
