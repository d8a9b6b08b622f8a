import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { PartyView, Template } from '@signport/core';
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
import { bearer, json } from './support/test-server.js';

let world: SigningWorld;
/** One upload for the whole file: each session copies the template as it is when created. */
let template: Template;
let signature: string;
let counter = 0;

before(async () => {
  world = await signingWorld();
  template = await uploadedTemplate(world.app, world.token, await makePurchaseAgreement());
  signature = `data:image/png;base64,${Buffer.from(await makeSignaturePng(300, 100)).toString('base64')}`;
});
after(() => world.close());

/** Sets how the template routes its signers, for the sessions created next. */
async function useTemplate(change: {
  signingOrder: 'parallel' | 'sequential';
  routing?: Record<string, string>;
}) {
  const res = await world.app.request(
    `/v1/templates/${template.id}`,
    json('PATCH', { routing: {}, ...change }, bearer(world.token)),
  );
  assert.equal(res.status, 200);
}

/** A sent session with a fresh buyer and seller; returns their link tokens. */
async function sentSession(signingOrder: 'parallel' | 'sequential' = 'parallel') {
  await useTemplate({ signingOrder });
  counter++;
  const buyer = `buyer${counter}@example.com`;
  const seller = `seller${counter}@example.com`;
  const session = await createSession(world.app, world.token, {
    templateId: template.id,
    parties: [
      { role: 'buyer', name: 'Bob Buyer', email: buyer },
      { role: 'seller', name: 'Sue Seller', email: seller },
    ],
    values: { purchase_price: '300,000.00' },
    lockedFieldIds: ['purchase_price'],
    send: true,
  });
  const emails = await deliveredEmails(world.db, world.config, world.time);
  const sellerToken = emails.some((email) => email.to.includes(seller))
    ? linkTokenFor(emails, seller)
    : undefined;
  return { session, buyerToken: linkTokenFor(emails, buyer), sellerToken };
}

async function errorOf(res: Response) {
  return {
    status: res.status,
    ...((await res.json()) as { error: { code: string; message: string; field?: string } }).error,
  };
}

const save = (token: string, values: Record<string, unknown>) =>
  world.app.request('/v1/party/values', partyJson('PATCH', token, { values }));
const view = async (token: string) =>
  (await (await world.app.request('/v1/party', { headers: bearer(token) })).json()) as PartyView;
const valueOf = (party: PartyView, id: string) =>
  party.fields.find((field) => field.id === id)?.value;

function completeBody(
  role: string,
  consent: unknown = { accepted: true, disclosureVersion: '2025-01' },
) {
  const signatures = Object.fromEntries(
    template.fields
      .filter(
        (field) => field.role === role && (field.type === 'signature' || field.type === 'initials'),
      )
      .map((field) => [field.id, signature]),
  );
  const values =
    role === 'buyer'
      ? {
          buyer_name: 'Bob Buyer',
          property_address: '1 Main St',
          property_city_state_zip: 'Town, ST 00000',
          earnest_money: '1,000.00',
          closing_date: '2030-01-01',
        }
      : { seller_name: 'Sue Seller' };
  return { consent, signatures, values };
}
const complete = (token: string, body: unknown) =>
  world.app.request('/v1/party/complete', partyJson('POST', token, body));

describe('GET /v1/party', () => {
  test('names the sender with their branding and the brokerage, on the signing page and the hosted page', async () => {
    const { buyerToken } = await sentSession();
    let party = await view(buyerToken);
    assert.deepEqual(party.session.sender, {
      name: 'Betty Agent',
      email: 'betty@shoreline.test',
    });
    assert.equal(party.session.brokerage, 'Shoreline Realty');

    const branding = { logoUrl: 'https://cdn.shoreline.test/betty.png', color: '#0f766e' };
    const updated = await world.app.request(
      '/v1/users/betty',
      json(
        'PUT',
        { name: 'Betty Agent', email: 'betty@shoreline.test', branding },
        bearer(world.secretKey),
      ),
    );
    assert.equal(updated.status, 200);
    party = await view(buyerToken);
    assert.deepEqual(party.session.sender, {
      name: 'Betty Agent',
      email: 'betty@shoreline.test',
      ...branding,
    });

    // The hosted page carries the same branding: its logo's origin is the only other image source.
    const page = await world.app.request(`/s/${buyerToken}`);
    const html = await page.text();
    const csp = page.headers.get('content-security-policy') ?? '';
    assert.match(csp, /img-src 'self' data: blob: https:\/\/cdn\.shoreline\.test;/);
    assert.match(csp, /script-src 'self';/);
    assert.ok(html.includes('<img src="https://cdn.shoreline.test/betty.png" alt="" />'));
    assert.match(html, /<span>Shoreline Realty<\/span>/);
    assert.match(html, /:root \{ --signport-color-primary: #0f766e; \}/);
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    assert.ok(nonce && html.includes(`<style nonce="${nonce}">`));

    // Back to no branding, as the other tests of this file expect.
    await world.app.request(
      '/v1/users/betty',
      json(
        'PUT',
        { name: 'Betty Agent', email: 'betty@shoreline.test', branding: {} },
        bearer(world.secretKey),
      ),
    );
    assert.deepEqual(Object.keys((await view(buyerToken)).session.sender), ['name', 'email']);
  });
});

describe('PATCH /v1/party/values', () => {
  test('saves the party’s own fields, idempotently', async () => {
    const { buyerToken } = await sentSession();
    for (let attempt = 0; attempt < 2; attempt++) {
      const res = await save(buyerToken, { buyer_name: 'Bob Buyer', closing_date: '2030-03-01' });
      assert.equal(res.status, 200);
      assert.match(((await res.json()) as { savedAt: string }).savedAt, /^\d{4}-/);
    }
    const party = await view(buyerToken);
    assert.equal(valueOf(party, 'buyer_name'), 'Bob Buyer');
    assert.equal(valueOf(party, 'closing_date'), '2030-03-01');
  });

  test('refuses locked fields, other roles’ fields, bad values and unknown fields, writing nothing', async () => {
    const { buyerToken } = await sentSession();
    const cases: Array<[Record<string, unknown>, number, string, string]> = [
      [{ buyer_name: 'Changed', purchase_price: '1.00' }, 403, 'field_locked', 'purchase_price'],
      [{ buyer_name: 'Changed', seller_name: 'Mallory' }, 403, 'field_not_yours', 'seller_name'],
      [
        { buyer_name: 'Changed', buyer_sign_date: '2030-01-01' },
        403,
        'field_locked',
        'buyer_sign_date',
      ],
      [
        { buyer_name: 'Changed', closing_date: 'next week' },
        400,
        'validation_failed',
        'closing_date',
      ],
      [
        { buyer_name: 'Changed', title_company: 'My cousin' },
        400,
        'validation_failed',
        'title_company',
      ],
      [{ buyer_name: 'Changed', no_such_field: 'x' }, 400, 'validation_failed', 'no_such_field'],
    ];
    for (const [values, status, code, field] of cases) {
      assert.deepEqual(
        (({ message: _, ...rest }) => rest)(await errorOf(await save(buyerToken, values))),
        { status, code, field },
        JSON.stringify(values),
      );
    }
    const party = await view(buyerToken);
    assert.equal(valueOf(party, 'buyer_name'), null, 'no value of a refused request was stored');
    assert.equal(valueOf(party, 'purchase_price'), '300,000.00');
  });

  test('in sequential order a later party waits its turn', async () => {
    const { session, buyerToken, sellerToken } = await sentSession('sequential');
    assert.equal(sellerToken, undefined, 'the seller is not invited yet');
    // The host may still mint the seller a link to embed; it cannot act before its turn.
    const sellerId = session.parties.find((party) => party.role === 'seller')?.id;
    const minted = await world.app.request(`/v1/sessions/${session.id}/parties/${sellerId}/link`, {
      method: 'POST',
      headers: bearer(world.token),
    });
    assert.equal(minted.status, 201);
    const { token, url } = (await minted.json()) as { token: string; url: string };
    assert.equal(url, `${world.config.publicUrl}/s/${token}`);
    assert.equal((await view(token)).isMyTurn, false);
    assert.deepEqual(
      (await errorOf(await save(token, { seller_name: 'Sue' }))).code,
      'not_your_turn',
    );
    assert.equal(
      (await errorOf(await complete(token, completeBody('seller')))).code,
      'not_your_turn',
    );
    assert.equal((await save(buyerToken, { buyer_name: 'Bob' })).status, 200);
  });
});

describe('POST /v1/party/complete', () => {
  test('requires consent, the current disclosure, required fields and valid signature images', async () => {
    const { buyerToken } = await sentSession();
    const good = completeBody('buyer');
    const noConsent = await errorOf(
      await complete(buyerToken, {
        ...good,
        consent: { accepted: false, disclosureVersion: '2025-01' },
      }),
    );
    assert.deepEqual(
      [noConsent.status, noConsent.code, noConsent.field],
      [400, 'validation_failed', 'consent.accepted'],
    );
    const missingConsent = await errorOf(
      await complete(buyerToken, { signatures: good.signatures, values: good.values }),
    );
    assert.deepEqual([missingConsent.status, missingConsent.field], [400, 'consent']);
    const oldDisclosure = await errorOf(
      await complete(buyerToken, {
        ...good,
        consent: { accepted: true, disclosureVersion: '1999-01' },
      }),
    );
    assert.deepEqual(
      [oldDisclosure.status, oldDisclosure.field],
      [400, 'consent.disclosureVersion'],
    );

    const unsigned = await errorOf(await complete(buyerToken, { ...good, signatures: {} }));
    assert.deepEqual([unsigned.status, unsigned.code], [400, 'validation_failed']);
    assert.match(unsigned.field ?? '', /^buyer_(initials_p1|signature)$/);
    const { buyer_name: _, ...withoutName } = good.values;
    const unnamed = await errorOf(await complete(buyerToken, { ...good, values: withoutName }));
    assert.deepEqual([unnamed.status, unnamed.field], [400, 'buyer_name']);

    // Looks like a PNG data URL, but the image inside is cut short.
    const broken = `data:image/png;base64,${Buffer.from(await makeSignaturePng(300, 100))
      .subarray(0, 300)
      .toString('base64')
      .replace(/=+$/, '')
      .slice(0, 396)}`;
    const badImage = await errorOf(
      await complete(buyerToken, {
        ...good,
        signatures: { ...good.signatures, buyer_signature: broken },
      }),
    );
    assert.deepEqual(
      [badImage.status, badImage.code, badImage.field],
      [400, 'signature_image_invalid', 'buyer_signature'],
    );

    const party = await view(buyerToken);
    assert.equal(party.party.status, 'viewed', 'nothing was signed by the refused attempts');
    assert.equal(party.consent.acceptedAt, null);

    const done = await complete(buyerToken, good);
    assert.equal(done.status, 200);
    assert.equal((await view(buyerToken)).party.status, 'completed');
    const afterwards = await errorOf(await save(buyerToken, { buyer_name: 'Robert' }));
    assert.deepEqual([afterwards.status, afterwards.code], [409, 'already_completed']);
    const declineAfter = await errorOf(
      await world.app.request(
        '/v1/party/decline',
        partyJson('POST', buyerToken, { reason: 'Changed my mind' }),
      ),
    );
    assert.deepEqual([declineAfter.status, declineAfter.code], [409, 'already_completed']);
  });
});

describe('links and session state', () => {
  test('a decline ends the session: the sender is told, nobody else can act', async () => {
    const { buyerToken, sellerToken } = await sentSession();
    assert.ok(sellerToken);
    const declined = await world.app.request(
      '/v1/party/decline',
      partyJson('POST', sellerToken, { reason: 'Price too low' }),
    );
    assert.equal(declined.status, 200);
    assert.deepEqual(await declined.json(), { status: 'declined', partyStatus: 'declined' });
    const again = await world.app.request(
      '/v1/party/decline',
      partyJson('POST', sellerToken, { reason: 'Price too low' }),
    );
    assert.equal(again.status, 200, 'a retried decline answers the same');
    const emails = await deliveredEmails(world.db, world.config, world.time);
    assert.ok(
      emails.some(
        (email) =>
          email.to.includes('betty@shoreline.test') &&
          /declined/.test(email.subject) &&
          /Price too low/.test(email.text),
      ),
    );

    const patch = await errorOf(await save(buyerToken, { buyer_name: 'Bob' }));
    assert.deepEqual([patch.status, patch.code], [409, 'invalid_state']);
    const sign = await errorOf(await complete(buyerToken, completeBody('buyer')));
    assert.deepEqual([sign.status, sign.code], [409, 'invalid_state']);
  });

  test('voiding revokes every link; unknown, missing and foreign-origin calls are refused', async () => {
    const { session, buyerToken } = await sentSession();
    const voided = await world.app.request(
      `/v1/sessions/${session.id}/void`,
      json('POST', { reason: 'Wrong property' }, bearer(world.token)),
    );
    assert.equal(voided.status, 200);
    for (const res of [
      await world.app.request('/v1/party', { headers: bearer(buyerToken) }),
      await save(buyerToken, { buyer_name: 'Bob' }),
      await complete(buyerToken, completeBody('buyer')),
    ]) {
      const error = await errorOf(res);
      // The page learns why: the sender voided it, not an expired or unknown link.
      assert.deepEqual([error.status, error.code], [401, 'session_voided']);
      assert.match(error.message, /cancelled/);
    }
    assert.equal((await world.app.request('/v1/party')).status, 401);
    assert.equal(
      (await world.app.request('/v1/party', { headers: bearer('x'.repeat(43)) })).status,
      401,
    );

    const { buyerToken: live } = await sentSession();
    const allowed = await world.app.request('/v1/party', {
      headers: { ...bearer(live), Origin: 'https://www.shoreline.test' },
    });
    assert.equal(allowed.status, 200);
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://www.shoreline.test');
    const hosted = await world.app.request('/v1/party', {
      headers: { ...bearer(live), Origin: world.config.publicUrl },
    });
    assert.equal(hosted.status, 200, 'the hosted page calls from the server’s own origin');
    const foreign = await world.app.request('/v1/party', {
      headers: { ...bearer(live), Origin: 'https://evil.test' },
    });
    assert.equal((await errorOf(foreign)).code, 'origin_not_allowed');
    assert.equal(foreign.headers.get('access-control-allow-origin'), null);
  });

  test('the hosted page opens a live link, and explains a dead one', async () => {
    const { buyerToken, session } = await sentSession();
    const page = await world.app.request(`/s/${buyerToken}`);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /<script type="module" src="\/elements\/sign-session\.js"><\/script>/);
    assert.ok(
      html.includes(`<sign-session api="${world.config.publicUrl}" token="${buyerToken}">`),
    );
    assert.doesNotMatch(html, /https?:\/\/(?!signport\.test)/, 'no third-party assets');
    assert.equal(page.headers.get('referrer-policy'), 'no-referrer');
    const csp = page.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'self'/);
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    assert.ok(nonce && html.includes(`<style nonce="${nonce}">`));

    const unknown = await world.app.request('/s/not-a-real-token-at-all-000000');
    assert.equal(unknown.status, 404);
    assert.match(await unknown.text(), /This signing link does not work/);
    await world.app.request(
      `/v1/sessions/${session.id}/void`,
      json('POST', {}, bearer(world.token)),
    );
    const revoked = await world.app.request(`/s/${buyerToken}`);
    assert.equal(revoked.status, 410);
    assert.match(await revoked.text(), /cancelled/);
  });

  test('next-party follows the template’s routing rule', async () => {
    await useTemplate({ signingOrder: 'sequential', routing: { seller: 'previous_signer' } });
    const session = await createSession(world.app, world.token, {
      templateId: template.id,
      parties: [{ role: 'buyer', name: 'Bob Buyer', email: 'routed.buyer@example.com' }],
      send: true,
    });
    const emails = await deliveredEmails(world.db, world.config, world.time);
    const buyerToken = linkTokenFor(emails, 'routed.buyer@example.com');
    assert.deepEqual((await view(buyerToken)).rolesToName, ['seller']);
    const named = await world.app.request(
      '/v1/party/next-party',
      partyJson('POST', buyerToken, {
        role: 'seller',
        parties: [{ name: ' Sue  Seller ', email: 'Routed.Seller@Example.com' }],
      }),
    );
    assert.equal(named.status, 201);
    const body = (await named.json()) as {
      role: string;
      parties: Array<{ name: string; email: string }>;
    };
    assert.deepEqual(
      body.parties.map(({ name, email }) => ({ name, email })),
      [{ name: 'Sue Seller', email: 'routed.seller@example.com' }],
    );
    const twice = await errorOf(
      await world.app.request(
        '/v1/party/next-party',
        partyJson('POST', buyerToken, {
          role: 'seller',
          parties: [{ name: 'X', email: 'x@example.com' }],
        }),
      ),
    );
    assert.deepEqual([twice.status, twice.code], [409, 'conflict']);
    const details = await world.app.request(`/v1/sessions/${session.id}`, {
      headers: bearer(world.token),
    });
    assert.equal(((await details.json()) as { parties: unknown[] }).parties.length, 2);

    // Without a routing rule the sender names later roles, not a party.
    const { buyerToken: plain } = await sentSession();
    const refused = await errorOf(
      await world.app.request(
        '/v1/party/next-party',
        partyJson('POST', plain, {
          role: 'seller',
          parties: [{ name: 'X', email: 'x@example.com' }],
        }),
      ),
    );
    assert.deepEqual(
      [refused.status, refused.code],
      [409, 'conflict'],
      'the seller role is already filled',
    );
  });

  test('parties signing at the same moment both count, and the session completes once', async () => {
    const { session, buyerToken, sellerToken } = await sentSession();
    assert.ok(sellerToken);
    const [buyer, seller] = await Promise.all([
      complete(buyerToken, completeBody('buyer')),
      complete(sellerToken, completeBody('seller')),
    ]);
    assert.deepEqual([buyer.status, seller.status], [200, 200]);
    const details = (await (
      await world.app.request(`/v1/sessions/${session.id}`, { headers: bearer(world.token) })
    ).json()) as { status: string; parties: Array<{ status: string }> };
    assert.equal(details.status, 'completed');
    assert.ok(details.parties.every((party) => party.status === 'completed'));
    const emails = await deliveredEmails(world.db, world.config, world.time);
    const completed = emails.filter(
      (email) => email.subject.startsWith('Completed') && email.to.includes('betty@shoreline.test'),
    );
    assert.equal(completed.length, 1, 'one completed copy for the sender');
  });

  test('a link stops working when it expires', async () => {
    const { buyerToken } = await sentSession();
    assert.equal(
      (await world.app.request('/v1/party', { headers: bearer(buyerToken) })).status,
      200,
    );
    world.time.advance(31 * 24 * 60 * 60 * 1000);
    const expired = await errorOf(
      await world.app.request('/v1/party', { headers: bearer(buyerToken) }),
    );
    assert.deepEqual([expired.status, expired.code], [401, 'token_expired']);
    const page = await world.app.request(`/s/${buyerToken}`);
    assert.equal(page.status, 410);
    assert.match(await page.text(), /expired/);
  });
});
