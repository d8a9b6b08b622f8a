import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { count, eq } from 'drizzle-orm';
import type { AuditTrail, PartyView, Session, Template, TemplateForm } from '@signport/core';
import { signingSessions } from '../src/platform/db/schema/index.js';
import { listOutboxEmails } from '../src/platform/mail/list-outbox-emails.js';
import { makePurchaseAgreement } from './fixtures/make-purchase-agreement.js';
import { makeSignaturePng } from './fixtures/make-signature-png.js';
import {
  createSession,
  deliveredEmails,
  linkTokenFor,
  partyJson,
  runJobs,
  uploadedTemplate,
  type SigningWorld,
} from './support/signing.js';
import { signingWorld } from './support/signing-world.js';
import { parseMail, startSmtpServer } from './support/smtp-catcher.js';
import { bearer, json, seedAccount, userWithToken } from './support/test-server.js';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const SHORELINE = 'https://www.shoreline.test';

let world: SigningWorld;
let template: Template;
let slug: string;
let signature: string;
let ipCounter = 0;

before(async () => {
  world = await signingWorld({
    TRUST_PROXY: 'true',
    FORM_STARTS_PER_IP_PER_HOUR: '3',
    FORM_STARTS_PER_FORM_PER_HOUR: '6',
    FORM_DRAFT_TTL_DAYS: '10',
  });
  template = await uploadedTemplate(world.app, await bettyToken(), await makePurchaseAgreement());
  await useTemplate({ routing: { seller: 'previous_signer' } });
  const published = await world.app.request(
    `/v1/templates/${template.id}/form`,
    json('POST', {}, await betty()),
  );
  assert.equal(published.status, 200);
  slug = ((await published.json()) as TemplateForm).slug;
  signature = `data:image/png;base64,${Buffer.from(await makeSignaturePng(300, 100)).toString('base64')}`;
});
after(() => world.close());

/** A fresh embed token for Betty, the sender: tests move the clock past a token's life. */
async function bettyToken(): Promise<string> {
  const minted = await world.app.request(
    '/v1/embed-tokens',
    json('POST', { externalId: 'betty' }, bearer(world.secretKey)),
  );
  return ((await minted.json()) as { token: string }).token;
}
const betty = async () => bearer(await bettyToken());

async function useTemplate(change: Record<string, unknown>) {
  const res = await world.app.request(
    `/v1/templates/${template.id}`,
    json('PATCH', { signingOrder: 'sequential', saveIncomplete: true, ...change }, await betty()),
  );
  assert.equal(res.status, 200, await res.clone().text());
}

/** A start from a fresh address in a fresh rate-limit window, as one visitor would. */
async function startForm(body: unknown = {}, headers: Record<string, string> = {}) {
  world.time.advance(HOUR);
  ipCounter++;
  return world.app.request(
    `/v1/forms/${slug}/sessions`,
    json('POST', body, { 'x-forwarded-for': `198.51.100.${ipCounter}`, ...headers }),
  );
}

async function startedToken(): Promise<string> {
  const res = await startForm();
  assert.equal(res.status, 201, await res.clone().text());
  return ((await res.json()) as { token: string }).token;
}

async function errorOf(res: Response) {
  const body = (await res.json()) as { error: { code: string; field?: string } };
  return [res.status, body.error.code];
}

const viewOf = async (token: string) => {
  const res = await world.app.request('/v1/party', { headers: bearer(token) });
  assert.equal(res.status, 200, await res.clone().text());
  return (await res.json()) as PartyView;
};
const sessionRows = async () =>
  (await world.db.select({ total: count() }).from(signingSessions))[0]?.total ?? 0;
const senderSession = async (id: string) =>
  (await (
    await world.app.request(`/v1/sessions/${id}`, { headers: await betty() })
  ).json()) as Session;
const giveContact = (token: string, name: string, email: string) =>
  world.app.request('/v1/party/contact', partyJson('PUT', token, { name, email }));

const buyerValues = {
  buyer_name: 'Vera Visitor',
  property_address: '1 Main St',
  property_city_state_zip: 'Town, ST 00000',
  purchase_price: '310,000.00',
  earnest_money: '1,000.00',
  closing_date: '2030-03-01',
};
function signAs(role: string, values: Record<string, unknown>) {
  const signatures = Object.fromEntries(
    template.fields
      .filter((field) => field.role === role && ['signature', 'initials'].includes(field.type))
      .map((field) => [field.id, signature]),
  );
  return { consent: { accepted: true, disclosureVersion: '2025-01' }, signatures, values };
}

describe('publishing a template as a web form', () => {
  test('publish answers the slug and URL, is shown on the template, and unpublish closes the form', async () => {
    assert.match(slug, /^residential-purchase-agreement-[0-9a-z]{10}$/);
    const again = await world.app.request(
      `/v1/templates/${template.id}/form`,
      json('POST', {}, await betty()),
    );
    assert.deepEqual(await again.json(), {
      slug,
      url: `${world.config.publicUrl}/f/${slug}`,
      published: true,
    });
    const shown = (await (
      await world.app.request(`/v1/templates/${template.id}`, { headers: await betty() })
    ).json()) as Template;
    assert.equal(shown.form?.slug, slug);

    const meta = await world.app.request(`/v1/forms/${slug}`);
    assert.deepEqual(await meta.json(), {
      slug,
      title: 'Residential Purchase Agreement',
      roles: [
        { key: 'buyer', name: 'Buyer', order: 1 },
        { key: 'seller', name: 'Seller', order: 2 },
      ],
      published: true,
    });
    const page = await world.app.request(`/f/${slug}`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), new RegExp(`<sign-session[^>]* form="${slug}"`));
    assert.equal((await world.app.request('/f/no-such-form')).status, 404);

    const started = await startedToken();
    const unpublished = await world.app.request(`/v1/templates/${template.id}/form`, {
      method: 'DELETE',
      headers: await betty(),
    });
    assert.equal(unpublished.status, 204);
    assert.equal(
      ((await (await world.app.request(`/v1/forms/${slug}`)).json()) as { published: boolean })
        .published,
      false,
    );
    const before = await sessionRows();
    assert.deepEqual(await errorOf(await startForm()), [410, 'form_unpublished']);
    assert.equal(await sessionRows(), before, 'nothing created for an unpublished form');
    assert.equal((await world.app.request(`/f/${slug}`)).status, 410);
    // A draft begun before is refused too, with a page that says why.
    const draft = await world.app.request('/v1/party', { headers: bearer(started) });
    assert.deepEqual(await errorOf(draft), [410, 'form_unpublished']);
    assert.match(await (await world.app.request(`/s/${started}`)).text(), /no longer available/);

    const revived = await world.app.request(
      `/v1/templates/${template.id}/form`,
      json('POST', {}, await betty()),
    );
    assert.equal(((await revived.json()) as TemplateForm).slug, slug, 'the same address again');
    assert.equal((await viewOf(started)).party.role, 'buyer');
  });

  test('another account can neither publish nor unpublish the template', async () => {
    const harbor = await seedAccount(world, 'Harbor Homes', ['https://harbor.test']);
    const hank = await userWithToken(world.app, harbor.secretKey, 'hank');
    for (const method of ['POST', 'DELETE']) {
      const res = await world.app.request(`/v1/templates/${template.id}/form`, {
        method,
        headers: bearer(hank.token),
      });
      assert.deepEqual(await errorOf(res), [404, 'not_found']);
    }
    assert.equal(
      ((await (await world.app.request(`/v1/forms/${slug}`)).json()) as { published: boolean })
        .published,
      true,
    );
  });
});

describe('POST /v1/forms/{slug}/sessions', () => {
  test('whoever opens the form becomes the first role’s unnamed party, on the account’s origins only', async () => {
    const res = await startForm({}, { origin: SHORELINE });
    assert.equal(res.status, 201);
    assert.equal(res.headers.get('access-control-allow-origin'), SHORELINE);
    const { token } = (await res.json()) as { token: string };
    const view = await viewOf(token);
    assert.deepEqual(
      [view.party.role, view.party.name, view.party.email, view.isMyTurn, view.rolesToName],
      ['buyer', '', '', true, ['seller']],
    );
    const session = await senderSession(view.session.id);
    assert.deepEqual([session.mode, session.sender.externalId], ['passive', 'betty']);

    const foreign = await startForm({}, { origin: 'https://evil.test' });
    assert.deepEqual(await errorOf(foreign), [403, 'origin_not_allowed']);
    assert.equal(foreign.headers.get('access-control-allow-origin'), null);
    assert.deepEqual(
      await errorOf(await world.app.request('/v1/forms/nope/sessions', json('POST', {}))),
      [404, 'not_found'],
    );
  });

  test('the visitor names the next role but no other, gives their email, and signs', async () => {
    const token = await startedToken();
    const name = (role: string, email: string) =>
      world.app.request(
        '/v1/party/next-party',
        partyJson('POST', token, { role, parties: [{ name: 'Someone', email }] }),
      );
    assert.deepEqual(await errorOf(await name('buyer', 'me.too@example.com')), [403, 'forbidden']);
    const body = signAs('buyer', buyerValues);
    const complete = () => world.app.request('/v1/party/complete', partyJson('POST', token, body));
    assert.deepEqual(await errorOf(await complete()), [400, 'validation_failed']);
    assert.equal((await giveContact(token, 'Vera Visitor', 'vera@example.com')).status, 200);
    assert.deepEqual(await errorOf(await complete()), [409, 'conflict'], 'name the seller first');
    assert.equal((await name('seller', 'sam.seller@example.com')).status, 201);
    assert.equal((await complete()).status, 200);
    const emails = await deliveredEmails(world.db, world.config, world.time);
    const sellerToken = linkTokenFor(emails, 'sam.seller@example.com');
    assert.equal((await viewOf(sellerToken)).isMyTurn, true);
  });

  test('a role the sender names: the visitor may not, the sender may once, invited at their turn', async () => {
    await useTemplate({ routing: { seller: 'sender' } });
    try {
      const token = await startedToken();
      assert.deepEqual((await viewOf(token)).rolesToName, []);
      const seller = {
        role: 'seller',
        parties: [{ name: 'Sam Seller', email: 'sam.named@example.com' }],
      };
      const res = await world.app.request('/v1/party/next-party', partyJson('POST', token, seller));
      assert.deepEqual(await errorOf(res), [403, 'forbidden']);

      const sessionId = (await viewOf(token)).session.id;
      const nameAs = async (headers: Record<string, string>, body: unknown = seller) =>
        world.app.request(`/v1/sessions/${sessionId}/parties`, json('POST', body, headers));
      const harbor = await seedAccount(world, 'Harbor Realty', ['https://harbor-realty.test']);
      const stranger = await userWithToken(world.app, harbor.secretKey, 'stranger');
      assert.deepEqual(await errorOf(await nameAs(bearer(stranger.token))), [404, 'not_found']);
      const buyerRole = { role: 'buyer', parties: seller.parties };
      assert.deepEqual(await errorOf(await nameAs(await betty(), buyerRole)), [403, 'forbidden']);

      const named = await nameAs(await betty());
      assert.equal(named.status, 201);
      const added = (await named.json()) as { role: string; parties: Array<{ email: string }> };
      assert.deepEqual(
        [added.role, added.parties.map((party) => party.email)],
        ['seller', ['sam.named@example.com']],
      );
      assert.deepEqual(await errorOf(await nameAs(await betty())), [409, 'conflict']);

      // Not their turn yet: the seller's invitation leaves when the visitor signs.
      const sellerInvited = async () =>
        (await deliveredEmails(world.db, world.config, world.time)).some((email) =>
          email.to.includes('sam.named@example.com'),
        );
      assert.equal(await sellerInvited(), false);
      assert.equal(
        (await giveContact(token, 'Vera Visitor', 'vera.named@example.com')).status,
        200,
      );
      const signed = await world.app.request(
        '/v1/party/complete',
        partyJson('POST', token, signAs('buyer', buyerValues)),
      );
      assert.equal(signed.status, 200, await signed.clone().text());
      assert.equal(await sellerInvited(), true);
    } finally {
      await useTemplate({ routing: { seller: 'previous_signer' } });
    }
  });

  test('flooding is rate limited per address and per form, and creates nothing past the limit', async () => {
    world.time.advance(HOUR);
    const before = await sessionRows();
    const from = (ip: string) =>
      world.app.request(`/v1/forms/${slug}/sessions`, json('POST', {}, { 'x-forwarded-for': ip }));
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await from('203.0.113.7')).status);
    assert.deepEqual(statuses, [201, 201, 201, 429, 429]);
    const limited = await from('203.0.113.7');
    assert.deepEqual(await errorOf(limited.clone()), [429, 'rate_limited']);
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
    // Other addresses go on until the form's own limit: 6 an hour, 3 already used.
    const others = [];
    for (let i = 0; i < 5; i++) others.push((await from(`203.0.113.${20 + i}`)).status);
    assert.deepEqual(others, [201, 201, 201, 429, 429]);
    assert.equal(await sessionRows(), before + 6);
  });

  test('a filled honeypot looks like success but creates nothing', async () => {
    const before = await sessionRows();
    const res = await startForm({ website: 'http://spam.example' });
    assert.equal(res.status, 201);
    const { token } = (await res.json()) as { token: string };
    assert.equal(typeof token, 'string');
    assert.equal(await sessionRows(), before);
    assert.deepEqual(
      await errorOf(await world.app.request('/v1/party', { headers: bearer(token) })),
      [401, 'unauthorized'],
    );
  });
});

describe('saving a web form and coming back', () => {
  test('the first email given gets one resume link, however often the party saves', async (t) => {
    const smtp = await startSmtpServer(t);
    const token = await startedToken();
    const first = await giveContact(token, 'Rita Resume', 'Rita@Example.com');
    assert.deepEqual(await first.json(), { resumeLinkSent: true });
    for (const value of ['1 Elm St', '2 Elm St', '3 Elm St']) {
      const saved = await world.app.request(
        '/v1/party/values',
        partyJson('PATCH', token, { values: { property_address: value } }),
      );
      assert.equal(saved.status, 200);
      assert.deepEqual(await (await giveContact(token, 'Rita R.', 'rita@example.com')).json(), {
        resumeLinkSent: false,
      });
    }
    await runJobs(world.db, { ...world.config, smtpUrl: smtp.url }, world.time);
    const resume = smtp.received.filter((mail) => mail.rcptTo.includes('rita@example.com'));
    assert.equal(resume.length, 1);
    const mail = parseMail(resume[0]!.raw);
    assert.match(mail.headers.get('subject') ?? '', /Continue your/);
    const link = /\/s\/([\w-]+)/.exec(mail.text)?.[1];
    assert.ok(link);
    const resumed = await viewOf(link);
    assert.equal(
      resumed.fields.find((field) => field.id === 'property_address')?.value,
      '3 Elm St',
    );
    assert.equal(resumed.party.name, 'Rita R.');
  });

  test('a draft left alone expires through the job; one worked on lives on', async () => {
    const idle = await startedToken();
    const busy = await startedToken();
    assert.equal((await giveContact(idle, 'Ida Idle', 'ida@example.com')).status, 200);
    const idleId = (await viewOf(idle)).session.id;
    const busyId = (await viewOf(busy)).session.id;
    await runJobs(world.db, world.config, world.time, 6 * DAY);
    const saved = await world.app.request(
      '/v1/party/values',
      partyJson('PATCH', busy, { values: { property_address: '9 Busy Rd' } }),
    );
    assert.equal(saved.status, 200);
    await runJobs(world.db, world.config, world.time, 5 * DAY);
    assert.equal((await senderSession(idleId)).status, 'expired');
    assert.equal((await senderSession(busyId)).status, 'in_progress');
    assert.deepEqual(
      await errorOf(await world.app.request('/v1/party', { headers: bearer(idle) })),
      [410, 'session_expired'],
    );
    const page = await world.app.request(`/s/${idle}`);
    assert.equal(page.status, 410);
    assert.match(await page.text(), /This document has expired/);
    const emails = await listOutboxEmails(world.db);
    assert.ok(
      emails.some((email) => email.to.includes('ida@example.com') && /expired/.test(email.subject)),
    );
    await runJobs(world.db, world.config, world.time, 6 * DAY);
    assert.equal((await senderSession(busyId)).status, 'expired');
  });

  test('a draft whose template changed since it began is refused with form_changed', async () => {
    const token = await startedToken();
    world.time.advance(1000);
    await useTemplate({ description: `Edited ${Date.now()}` });
    assert.deepEqual(
      await errorOf(await world.app.request('/v1/party', { headers: bearer(token) })),
      [409, 'form_changed'],
    );
    assert.match(await (await world.app.request(`/s/${token}`)).text(), /form has changed/);
    assert.equal((await viewOf(await startedToken())).party.role, 'buyer', 'a new start works');
  });
});

describe('expiry and reminders', () => {
  async function sentTo(buyer: string, seller: string, extra: Record<string, unknown> = {}) {
    const session = await createSession(world.app, await bettyToken(), {
      templateId: template.id,
      parties: [
        { role: 'buyer', name: 'Bob Buyer', email: buyer },
        { role: 'seller', name: 'Sue Seller', email: seller },
      ],
      send: true,
      ...extra,
    });
    const emails = await deliveredEmails(world.db, world.config, world.time);
    return { session, token: linkTokenFor(emails, buyer) };
  }

  test('a session past its expiry is refused at once, then expired by the job, which tells the sender', async () => {
    const expiresAt = new Date(world.time.clock().getTime() + 2 * DAY).toISOString();
    const { session, token } = await sentTo('late.buyer@example.com', 'late.seller@example.com', {
      expiresAt,
    });
    assert.equal((await viewOf(token)).isMyTurn, true);
    world.time.advance(2 * DAY + 60_000);
    assert.deepEqual(
      await errorOf(await world.app.request('/v1/party', { headers: bearer(token) })),
      [410, 'session_expired'],
    );
    await runJobs(world.db, world.config, world.time);
    assert.equal((await senderSession(session.id)).status, 'expired');
    const emails = await listOutboxEmails(world.db);
    const told = emails.filter(
      (email) => email.to.includes('betty@shoreline.test') && email.subject.startsWith('Expired:'),
    );
    assert.equal(told.length, 1);
    assert.match(told[0]!.text, /late\.buyer@example\.com/);
    const audit = (await (
      await world.app.request(`/v1/sessions/${session.id}/audit`, { headers: await betty() })
    ).json()) as AuditTrail;
    assert.equal(audit.events.at(-1)?.type, 'expired');
  });

  test('parties whose turn it is are reminded every interval, others not', async () => {
    const { session } = await sentTo('slow.buyer@example.com', 'slow.seller@example.com');
    const reminders = async (email: string) =>
      (await listOutboxEmails(world.db)).filter(
        (message) => message.to.includes(email) && message.subject.startsWith('Reminder:'),
      ).length;
    await runJobs(world.db, world.config, world.time, 2 * DAY);
    assert.equal(await reminders('slow.buyer@example.com'), 0);
    await runJobs(world.db, world.config, world.time, DAY + 60_000);
    assert.equal(await reminders('slow.buyer@example.com'), 1);
    await runJobs(world.db, world.config, world.time, DAY);
    assert.equal(await reminders('slow.buyer@example.com'), 1, 'not again before the interval');
    await runJobs(world.db, world.config, world.time, 2 * DAY + 60_000);
    assert.equal(await reminders('slow.buyer@example.com'), 2);
    assert.equal(await reminders('slow.seller@example.com'), 0, 'sequential: not their turn');
    const audit = (await (
      await world.app.request(`/v1/sessions/${session.id}/audit`, { headers: await betty() })
    ).json()) as AuditTrail;
    assert.equal(audit.events.filter((event) => event.type === 'reminded').length, 2);
    await world.app.request(`/v1/sessions/${session.id}/void`, json('POST', {}, await betty()));
    await runJobs(world.db, world.config, world.time, 10 * DAY);
    assert.equal(await reminders('slow.buyer@example.com'), 2, 'a voided session reminds nobody');
  });
});

describe('hand-off', () => {
  test('the sender fills and locks the price, the client takes over, and the price stays', async () => {
    const values = { purchase_price: '450,000.00', buyer_name: 'Bob Clent' };
    const draftOf = async () =>
      createSession(world.app, await bettyToken(), {
        templateId: template.id,
        parties: [{ role: 'seller', name: 'Sue Seller', email: 'handoff.seller@example.com' }],
      });
    const fillOf = (id: string) => async (body: unknown) =>
      world.app.request(`/v1/sessions/${id}/values`, json('PATCH', body, await betty()));
    await useTemplate({ saveIncomplete: false, routing: {} });
    const plain = await draftOf();
    assert.deepEqual(await errorOf(await fillOf(plain.id)({ values })), [409, 'conflict']);
    await useTemplate({ saveIncomplete: true, routing: {} });
    const draft = await draftOf();
    const fill = fillOf(draft.id);
    assert.deepEqual(await errorOf(await fill({ values: { buyer_signature: signature } })), [
      403,
      'field_not_yours',
    ]);
    assert.equal((await fill({ values, lockedFieldIds: ['purchase_price'] })).status, 204);

    const handed = await world.app.request(
      `/v1/sessions/${draft.id}/hand-off`,
      json('POST', { name: 'Bob Client', email: 'Bob.Client@example.com' }, await betty()),
    );
    assert.equal(handed.status, 200, await handed.clone().text());
    assert.equal(((await handed.json()) as Session).status, 'sent');
    assert.deepEqual(await errorOf(await fill({ values })), [409, 'invalid_state']);

    const emails = await deliveredEmails(world.db, world.config, world.time);
    const invitation = emails.find((email) => email.to.includes('bob.client@example.com'));
    assert.match(invitation?.subject ?? '', /prepared .* for you to check and sign/);
    const token = linkTokenFor(emails, 'bob.client@example.com');
    const view = await viewOf(token);
    const price = view.fields.find((field) => field.id === 'purchase_price');
    assert.deepEqual([price?.value, price?.locked], ['450,000.00', true]);
    const change = (fieldValues: Record<string, string>) =>
      world.app.request('/v1/party/values', partyJson('PATCH', token, { values: fieldValues }));
    assert.deepEqual(await errorOf(await change({ purchase_price: '1.00' })), [
      403,
      'field_locked',
    ]);
    assert.equal((await change({ buyer_name: 'Bob Client' })).status, 200);
    const { purchase_price: _price, ...rest } = buyerValues;
    const signed = await world.app.request(
      '/v1/party/complete',
      partyJson('POST', token, signAs('buyer', { ...rest, buyer_name: 'Bob Client' })),
    );
    assert.equal(signed.status, 200, await signed.clone().text());
    const [row] = await world.db
      .select({ status: signingSessions.status })
      .from(signingSessions)
      .where(eq(signingSessions.id, draft.id));
    assert.equal(row?.status, 'in_progress');
    const after = await viewOf(
      linkTokenFor(
        await deliveredEmails(world.db, world.config, world.time),
        'handoff.seller@example.com',
      ),
    );
    const shownPrice = after.others.find((other) => other.fieldId === 'purchase_price');
    assert.equal(shownPrice?.value, '450,000.00');
    const audit = (await (
      await world.app.request(`/v1/sessions/${draft.id}/audit`, { headers: await betty() })
    ).json()) as AuditTrail;
    assert.ok(audit.events.some((event) => event.type === 'handed_off'));
  });
});
