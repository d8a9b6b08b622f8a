import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Session, Template, Workroom, WorkroomMember } from '@signport/core';
import { makePurchaseAgreement } from './fixtures/make-purchase-agreement.js';
import { makeSignaturePng } from './fixtures/make-signature-png.js';
import { errorOf, office, type Office, type OfficeUser } from './support/office-fixture.js';
import { PURCHASE_ROLES, deliveredEmails, linkTokenFor, partyJson } from './support/signing.js';
import { bearer } from './support/test-server.js';

const BUYER = { role: 'buyer', name: 'Bob Buyer', email: 'bob@example.com' };
const SELLER = { role: 'seller', name: 'Sue Seller', email: 'sue@sellers.example' };
/** Private values that must never show in a workroom. */
const PREFILLED = {
  property_address: '1428 Elm Street',
  property_city_state_zip: 'Springfield, IL 62704',
  purchase_price: '452,500.00',
  earnest_money: '10,000.00',
  closing_date: '2030-07-15',
};
const TYPED_NAME = 'Robert Quincy Buyer';

async function uploadTemplate(o: Office, user: OfficeUser, sender: OfficeUser): Promise<Template> {
  const form = new FormData();
  form.set('file', new Blob([await makePurchaseAgreement()]), 'agreement.pdf');
  form.set('name', 'Residential Purchase Agreement');
  form.set('roles', JSON.stringify(PURCHASE_ROLES));
  const res = await o.app.request(`/v1/templates?senderId=${sender.id}`, {
    method: 'POST',
    headers: user.headers,
    body: form,
  });
  assert.equal(res.status, 201, await res.clone().text());
  return (await res.json()) as Template;
}

/** Betty sends for Bernie; returns the session and each party's link token. */
async function sentSession(o: Office, template: Template, parties = [BUYER, SELLER]) {
  const res = await o.as(o.betty, 'POST', '/v1/sessions', {
    templateId: template.id,
    senderId: o.bernie.id,
    parties,
    values: PREFILLED,
    send: true,
  });
  assert.equal(res.status, 201, await res.clone().text());
  const session = (await res.json()) as Session;
  const emails = await deliveredEmails(o.db, o.config, o.time);
  return {
    session,
    tokens: parties.map((party) => linkTokenFor(emails, party.email)),
  };
}

const partyWorkroom = (o: Office, token: string, etag?: string) =>
  o.app.request('/v1/party/workroom', {
    headers: { ...bearer(token), ...(etag && { 'if-none-match': etag }) },
  });

const people = (workroom: Workroom): WorkroomMember[] =>
  workroom.roles.flatMap((role) => role.parties);
const person = (workroom: Workroom, name: string) => {
  const found = people(workroom).find((member) => member.name === name);
  assert.ok(found, `${name} is not in the workroom`);
  return found;
};

/** How many required fields a role has that a person fills (date-signed fields fill themselves). */
const requiredOf = (template: Template, role: string) =>
  template.fields.filter(
    (field) => field.role === role && field.required && field.type !== 'date_signed',
  );

test('the workroom of a session', async (t) => {
  const o = await office(t);
  await o.grant(o.bernie, o.betty, ['send', 'templates']);
  const template = await uploadTemplate(o, o.betty, o.bernie);
  const { session, tokens } = await sentSession(o, template);
  const [buyerToken, sellerToken] = tokens as [string, string];
  const signature = `data:image/png;base64,${Buffer.from(await makeSignaturePng(300, 100)).toString('base64')}`;

  await t.test(
    'a party sees every party by role in signing order, with progress as counts and no values',
    async () => {
      assert.equal((await o.app.request('/v1/party', { headers: bearer(buyerToken) })).status, 200);
      o.time.advance(60_000);
      const saved = await o.app.request(
        '/v1/party/values',
        partyJson('PATCH', buyerToken, { values: { buyer_name: TYPED_NAME } }),
      );
      assert.equal(saved.status, 200, await saved.clone().text());

      const res = await partyWorkroom(o, buyerToken);
      assert.equal(res.status, 200, await res.clone().text());
      const text = await res.clone().text();
      for (const secret of [TYPED_NAME, ...Object.values(PREFILLED), 'sue@sellers.example'])
        assert.equal(text.includes(secret), false, `the workroom leaks ${secret}`);
      const workroom = (await res.json()) as Workroom;

      assert.deepEqual(workroom.session, {
        id: session.id,
        status: 'in_progress',
        templateName: 'Residential Purchase Agreement',
        signingOrder: template.signingOrder,
        sender: { name: 'Bernie OfficeManager' },
        initiator: { name: 'Betty Agent' },
      });
      assert.deepEqual(
        workroom.roles.map((role) => [role.key, role.name, role.order]),
        [
          ['buyer', 'Buyer', 1],
          ['seller', 'Seller', 2],
        ],
      );
      const buyerRequired = requiredOf(template, 'buyer');
      const prefilled = buyerRequired.filter((field) => field.id in PREFILLED).length;
      assert.ok(buyerRequired.some((field) => field.id === 'buyer_name'));
      assert.deepEqual(person(workroom, 'Bob Buyer'), {
        id: session.parties.find((party) => party.role === 'buyer')?.id,
        name: 'Bob Buyer',
        email: 'bob@example.com',
        you: true,
        status: 'in_progress',
        statusSince: o.time.clock().toISOString(),
        progress: { filled: prefilled + 1, required: buyerRequired.length },
      });
      const seller = person(workroom, 'Sue Seller');
      assert.equal(seller.email, 's***@s***.example');
      assert.equal(seller.you, false);
      assert.equal(seller.status, 'invited');
      assert.equal(seller.statusSince, session.sentAt);
      assert.deepEqual(seller.progress, {
        filled: 0,
        required: requiredOf(template, 'seller').length,
      });
    },
  );

  await t.test(
    'the sender, the initiator and a delegate of the sender see it with emails in full',
    async () => {
      await o.grant(o.bernie, o.alice, ['send']);
      for (const user of [o.bernie, o.betty, o.alice]) {
        const res = await o.as(user, 'GET', `/v1/sessions/${session.id}/workroom`);
        assert.equal(res.status, 200, `${user.name}: ${await res.clone().text()}`);
        const workroom = (await res.json()) as Workroom;
        assert.equal(workroom.session.id, session.id);
        assert.deepEqual(
          people(workroom).map((member) => [member.name, member.email, member.you]),
          [
            ['Bob Buyer', 'bob@example.com', false],
            ['Sue Seller', 'sue@sellers.example', false],
          ],
        );
        assert.equal(person(workroom, 'Bob Buyer').status, 'in_progress');
      }
    },
  );

  await t.test(
    'anyone else gets the same 404 as for the session itself, and a party token is no embed token',
    async () => {
      const asSession = await errorOf(await o.as(o.carl, 'GET', `/v1/sessions/${session.id}`));
      for (const user of [o.carl, o.hank]) {
        const res = await o.as(user, 'GET', `/v1/sessions/${session.id}/workroom`);
        assert.equal(res.status, 404);
        assert.deepEqual(await errorOf(res), asSession);
      }
      const other = await sentSession(o, template, [
        { role: 'buyer', name: 'Olive Other', email: 'olive@example.com' },
        { role: 'seller', name: 'Oscar Other', email: 'oscar@example.com' },
      ]);
      const [otherToken] = other.tokens as [string];
      const refused = await o.app.request(`/v1/sessions/${session.id}/workroom`, {
        headers: bearer(otherToken),
      });
      assert.equal(refused.status, 401);
      assert.equal((await errorOf(refused)).code, 'unauthorized');
      const own = (await (await partyWorkroom(o, otherToken)).json()) as Workroom;
      assert.equal(own.session.id, other.session.id);
      assert.deepEqual(
        people(own).map((member) => member.name),
        ['Olive Other', 'Oscar Other'],
      );
      const unauthenticated = await o.app.request('/v1/party/workroom');
      assert.equal(unauthenticated.status, 401);
    },
  );

  await t.test(
    'If-None-Match: 304 while nothing changed, 200 once another party saves, then signs',
    async () => {
      const first = await partyWorkroom(o, sellerToken);
      assert.equal(first.status, 200);
      const etag = first.headers.get('etag');
      assert.match(etag ?? '', /^"[^"]+"$/, 'a strong ETag');
      assert.equal(first.headers.get('cache-control'), 'private, no-cache');

      const unchanged = await partyWorkroom(o, sellerToken, etag ?? undefined);
      assert.equal(unchanged.status, 304);
      assert.equal(await unchanged.text(), '');
      assert.equal(unchanged.headers.get('etag'), etag);
      assert.equal((await partyWorkroom(o, sellerToken, `W/${etag}, "other"`)).status, 304);
      // Another viewer's representation differs (`you`, masked emails), so its tag does too.
      assert.equal((await partyWorkroom(o, buyerToken, etag ?? undefined)).status, 200);
      const team = await o.as(o.bernie, 'GET', `/v1/sessions/${session.id}/workroom`);
      const teamTag = team.headers.get('etag') ?? '';
      const teamAgain = await o.app.request(`/v1/sessions/${session.id}/workroom`, {
        headers: { ...o.bernie.headers, 'if-none-match': teamTag },
      });
      assert.equal(teamAgain.status, 304);

      o.time.advance(60_000);
      const saved = await o.app.request(
        '/v1/party/values',
        partyJson('PATCH', buyerToken, { values: { buyer_name: 'Bob Buyer' } }),
      );
      assert.equal(saved.status, 200);
      const afterSave = await partyWorkroom(o, sellerToken, etag ?? undefined);
      assert.equal(afterSave.status, 200);
      const savedTag = afterSave.headers.get('etag');
      assert.notEqual(savedTag, etag);

      o.time.advance(60_000);
      const signatures = Object.fromEntries(
        template.fields
          .filter(
            (field) =>
              field.role === 'buyer' && (field.type === 'signature' || field.type === 'initials'),
          )
          .map((field) => [field.id, signature]),
      );
      const signed = await o.app.request(
        '/v1/party/complete',
        partyJson('POST', buyerToken, {
          consent: { accepted: true, disclosureVersion: '2025-01' },
          signatures,
          values: {},
        }),
      );
      assert.equal(signed.status, 200, await signed.clone().text());

      const afterSign = await partyWorkroom(o, sellerToken, savedTag ?? undefined);
      assert.equal(afterSign.status, 200);
      const buyer = person((await afterSign.json()) as Workroom, 'Bob Buyer');
      assert.equal(buyer.status, 'signed');
      assert.equal(buyer.statusSince, o.time.clock().toISOString());
      assert.equal(buyer.progress.filled, buyer.progress.required);
      const teamAfter = await o.app.request(`/v1/sessions/${session.id}/workroom`, {
        headers: { ...o.bernie.headers, 'if-none-match': teamTag },
      });
      assert.equal(teamAfter.status, 200);
    },
  );
});
