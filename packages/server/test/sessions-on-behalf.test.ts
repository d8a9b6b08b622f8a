import assert from 'node:assert/strict';
import { test } from 'node:test';
import type {
  AuditTrail,
  PartyLink,
  PartyView,
  Session,
  SessionList,
  Template,
} from '@signport/core';
import { makePurchaseAgreement } from './fixtures/make-purchase-agreement.js';
import { makeSignaturePng } from './fixtures/make-signature-png.js';
import { runPdfTool } from './fixtures/pdf-tools.js';
import { dbFingerprint, fingerprintChanges } from './support/db-fingerprint.js';
import { errorOf, office, type Office, type OfficeUser } from './support/office-fixture.js';
import { serveApp } from './support/serve-app.js';
import { PURCHASE_ROLES, partyJson, runJobs } from './support/signing.js';
import { parseMail, startSmtpServer, type ParsedMail } from './support/smtp-catcher.js';
import { bearer, json, testConfig } from './support/test-server.js';

const BERNIE_BRANDING = {
  color: '#0b6e4f',
  logoUrl: 'https://cdn.shoreline.test/bernie-logo.png',
  signatureBlock: 'Bernie OfficeManager\nOffice Manager, Shoreline Realty\n+1 555 0199',
};
const BUYER = { role: 'buyer', name: 'Bob Buyer', email: 'bob@example.com' };
/** What the sender prefills, so the buyer only adds their name. */
const PREFILLED = {
  property_address: '1428 Elm Street',
  property_city_state_zip: 'Springfield, IL 62704',
  purchase_price: '452,500.00',
  earnest_money: '10,000.00',
  closing_date: '2030-07-15',
};

/** `POST /v1/templates` as `user`, on behalf of `sender` when given. */
async function uploadTemplate(o: Office, user: OfficeUser, sender?: OfficeUser) {
  const form = new FormData();
  const pdf = await makePurchaseAgreement();
  form.set('file', new Blob([pdf], { type: 'application/pdf' }), 'agreement.pdf');
  form.set('name', 'Residential Purchase Agreement');
  form.set('roles', JSON.stringify(PURCHASE_ROLES));
  return o.app.request(`/v1/templates${sender ? `?senderId=${sender.id}` : ''}`, {
    method: 'POST',
    headers: user.headers,
    body: form,
  });
}

async function created<T>(res: Response): Promise<T> {
  assert.equal(res.status, 201, await res.clone().text());
  return (await res.json()) as T;
}

async function listSessions(o: Office, user: OfficeUser, query: string): Promise<SessionList> {
  const res = await o.as(user, 'GET', `/v1/sessions${query}`);
  assert.equal(res.status, 200, await res.clone().text());
  return (await res.json()) as SessionList;
}

const dataUrl = (png: Uint8Array) => `data:image/png;base64,${Buffer.from(png).toString('base64')}`;

test('Betty sends for Bernie with Add Myself: Bernie signs, every email is Bernie’s, Betty gets a copy of each step', async (t) => {
  const smtp = await startSmtpServer(t);
  const o = await office(t, {
    config: testConfig({ SMTP_URL: smtp.url, MAIL_FROM: 'Signport <no-reply@signport.test>' }),
  });
  const branded = await o.app.request(
    '/v1/users/bernie',
    json(
      'PUT',
      { name: o.bernie.name, email: o.bernie.email, branding: BERNIE_BRANDING },
      bearer(o.secretKey),
    ),
  );
  assert.equal(branded.status, 200, await branded.clone().text());
  await o.grant(o.bernie, o.betty, ['send', 'templates']);

  // The template is Bernie's, made by Betty.
  const template = await created<Template & { owner: { id: string }; createdBy: { id: string } }>(
    await uploadTemplate(o, o.betty, o.bernie),
  );
  assert.equal(template.owner.id, o.bernie.id);
  assert.equal(template.createdBy.id, o.betty.id);

  const session = await created<Session>(
    await o.as(o.betty, 'POST', '/v1/sessions', {
      templateId: template.id,
      senderId: o.bernie.id,
      parties: [BUYER],
      addMyself: true,
      addMyselfRole: 'seller',
      values: PREFILLED,
      message: { body: 'Please review the agreement we discussed.' },
      send: true,
    }),
  );
  assert.equal(session.status, 'sent');
  assert.equal(session.sender.id, o.bernie.id);
  assert.equal(session.initiator.id, o.betty.id);
  assert.deepEqual(
    session.parties.map((party) => [party.role, party.name, party.email, party.userId]),
    [
      ['buyer', BUYER.name, BUYER.email, null],
      ['seller', o.bernie.name, o.bernie.email, o.bernie.id],
    ],
    'Add Myself added the sender, Bernie, not Betty',
  );

  let seen = 0;
  /** The emails the SMTP server received since the last call, decoded, with their recipients. */
  type Mail = ParsedMail & { rcptTo: string[]; raw: string };
  const newMail = async (): Promise<Mail[]> => {
    await runJobs(o.db, o.config, o.time);
    const fresh = smtp.received.slice(seen);
    seen = smtp.received.length;
    return fresh.map((mail) => ({ ...parseMail(mail.raw), rcptTo: mail.rcptTo, raw: mail.raw }));
  };
  const assertBernies = (mail: ParsedMail, label: string) => {
    assert.equal(mail.headers.get('from'), 'Shoreline Realty <no-reply@signport.test>', label);
    assert.match(mail.headers.get('reply-to') ?? '', /bernie@shoreline\.test/, label);
    assert.ok(mail.html.includes(BERNIE_BRANDING.color), `${label}: Bernie's colour`);
    assert.ok(mail.html.includes(BERNIE_BRANDING.logoUrl), `${label}: Bernie's logo`);
    assert.ok(mail.html.includes('Office Manager, Shoreline Realty'), `${label}: his signature`);
    assert.ok(mail.text.includes('Office Manager, Shoreline Realty'), `${label}: in the text too`);
    assert.ok(mail.html.includes(o.bernie.name), `${label}: his name`);
  };
  const copiesToBetty = (mails: Mail[]) =>
    mails.filter((mail) => mail.rcptTo.includes(o.betty.email));
  const linkIn = (mails: Mail[], email: string) => {
    const mail = mails.find((candidate) => candidate.rcptTo.includes(email));
    const token = mail && /\/s\/([\w-]+)/.exec(mail.text)?.[1];
    assert.ok(token, `a signing link for ${email}`);
    return token;
  };

  // Sent: each party gets their own link, Betty a copy without one.
  const sent = await newMail();
  assert.deepEqual(
    sent.map((mail) => mail.rcptTo.join()).sort(),
    [BUYER.email, o.betty.email, o.bernie.email].sort(),
  );
  for (const mail of sent) assertBernies(mail, `sent: to ${mail.rcptTo.join()}`);
  const [sentCopy] = copiesToBetty(sent);
  assert.match(sentCopy?.headers.get('subject') ?? '', /^Copy: .* was sent for Bernie/);
  assert.ok(sentCopy?.text.includes(BUYER.email) && sentCopy.text.includes(o.bernie.email));
  assert.ok(!/\/s\/[\w-]+/.test(sentCopy?.raw ?? ''), 'Betty has nothing to sign: no link');
  assert.ok(
    sent.every((mail) => mail.rcptTo.length === 1),
    'nobody is copied on a link',
  );
  const toBuyer = sent.find((mail) => mail.rcptTo.includes(BUYER.email));
  const onBehalf = `${o.betty.name}, on behalf of ${o.bernie.name}, sent you “${template.name}”`;
  assert.ok(toBuyer?.text.includes(onBehalf), 'the invitation says Betty sent it for Bernie');
  assert.ok(toBuyer?.html.includes(onBehalf), 'in the HTML too');
  const buyerToken = linkIn(sent, BUYER.email);
  const bernieToken = linkIn(sent, o.bernie.email);

  // Viewed (first view only).
  for (let i = 0; i < 2; i++) {
    const view = await o.app.request('/v1/party', { headers: bearer(buyerToken) });
    assert.equal(view.status, 200);
  }
  const viewed = await newMail();
  assert.deepEqual(
    viewed.map((mail) => [mail.rcptTo.join(), mail.headers.get('subject')]),
    [[o.betty.email, `Copy: ${BUYER.name} opened “${template.name}”`]],
  );
  assertBernies(viewed[0]!, 'viewed copy');

  // Signed by a party.
  const signature = dataUrl(await makeSignaturePng(600, 200));
  const sign = async (token: string, role: string, values: Record<string, string>) => {
    const view = (await (
      await o.app.request('/v1/party', { headers: bearer(token) })
    ).json()) as PartyView;
    const signatures = Object.fromEntries(
      template.fields
        .filter((f) => f.role === role && (f.type === 'signature' || f.type === 'initials'))
        .map((f) => [f.id, signature]),
    );
    const res = await o.app.request(
      '/v1/party/complete',
      partyJson('POST', token, {
        consent: { accepted: true, disclosureVersion: view.consent.version },
        signatures,
        values,
      }),
    );
    assert.equal(res.status, 200, await res.clone().text());
  };
  await sign(buyerToken, 'buyer', { buyer_name: BUYER.name });
  const signed = copiesToBetty(await newMail());
  assert.ok(
    signed.some(
      (mail) => mail.headers.get('subject') === `Copy: ${BUYER.name} signed “${template.name}”`,
    ),
  );
  for (const mail of signed) assertBernies(mail, 'signed copy');

  // Completed: Bernie signs last; everyone, Betty included, gets the sealed PDF.
  await sign(bernieToken, 'seller', { seller_name: o.bernie.name });
  const completed = (await newMail()).filter((mail) =>
    (mail.headers.get('subject') ?? '').startsWith('Completed'),
  );
  assert.deepEqual(
    completed.map((mail) => mail.rcptTo.join()).sort(),
    [BUYER.email, o.betty.email, o.bernie.email].sort(),
  );
  for (const mail of completed) {
    assertBernies(mail, `completed: to ${mail.rcptTo.join()}`);
    assert.equal(mail.attachments[0]?.contentType, 'application/pdf');
    assert.ok(mail.attachments[0]?.bytes.subarray(0, 5).toString() === '%PDF-');
  }
  // Betty's copy carries no signing link: checked in its text and HTML, since the base64 of the
  // attached PDF may contain any run of characters.
  const bettysCopy = copiesToBetty(completed)[0];
  assert.ok(bettysCopy, 'Betty gets a copy of the completion');
  assert.doesNotMatch(`${bettysCopy.text}\n${bettysCopy.html}`, /\/s\/[\w-]+/);

  // Details and the certificate name both.
  const details = (await (
    await o.as(o.betty, 'GET', `/v1/sessions/${session.id}`)
  ).json()) as Session;
  assert.deepEqual(
    [details.status, details.sender.name, details.initiator.name],
    ['completed', o.bernie.name, o.betty.name],
  );
  const pdf = await o.as(o.betty, 'GET', `/v1/sessions/${session.id}/document.pdf`);
  assert.equal(pdf.status, 200);
  const text = await runPdfTool(
    'pdftotext',
    ['-layout', '{in}', '-'],
    new Uint8Array(await pdf.arrayBuffer()),
  );
  assert.match(text.stdout, /Sender\s+Bernie OfficeManager/);
  assert.match(text.stdout, /Initiator\s+Betty Agent/);

  // The dashboard: Betty sees it with sender Bernie and initiator Betty; Bernie sees it as his own.
  const dashboard = await listSessions(o, o.betty, '?as=all');
  const row = dashboard.items.find((item) => item.id === session.id);
  assert.deepEqual([row?.sender.id, row?.initiator.id], [o.bernie.id, o.betty.id]);
  assert.ok((await listSessions(o, o.bernie, '')).items.some((item) => item.id === session.id));
  const trail = (await (await o.as(o.betty, 'GET', `/v1/sessions/${session.id}/audit`)).json()) as {
    events: Array<{ type: string; userId: string | null; details: Record<string, unknown> }>;
  };
  assert.deepEqual(trail.events[0]?.details, { onBehalfOf: o.bernie.id });
  assert.equal(trail.events[0]?.userId, o.betty.id, 'created by the initiator');

  // Declined: Bernie is told, Betty gets a copy.
  const second = await created<Session>(
    await o.as(o.betty, 'POST', '/v1/sessions', {
      templateId: template.id,
      senderId: o.bernie.id,
      parties: [{ ...BUYER, email: 'dana@example.com', name: 'Dana Buyer' }],
      addMyself: true,
      addMyselfRole: 'seller',
      send: true,
    }),
  );
  const danaToken = linkIn(await newMail(), 'dana@example.com');
  const declined = await o.app.request(
    '/v1/party/decline',
    partyJson('POST', danaToken, { reason: 'Price too high' }),
  );
  assert.equal(declined.status, 200);
  const declinedMail = await newMail();
  const toBernie = declinedMail.find((mail) => mail.rcptTo.includes(o.bernie.email));
  assert.match(toBernie?.headers.get('subject') ?? '', /Dana Buyer declined/);
  const declinedCopy = copiesToBetty(declinedMail);
  assert.equal(declinedCopy.length, 1);
  assert.match(declinedCopy[0]?.headers.get('subject') ?? '', /^Copy: Dana Buyer declined/);
  assert.ok(declinedCopy[0]?.text.includes('Price too high'));
  assertBernies(declinedCopy[0]!, 'declined copy');
  assert.equal(
    (await o.as(o.betty, 'GET', `/v1/sessions/${second.id}`)).status,
    200,
    'Betty follows it',
  );
});

test('reminders are sent on the sender’s behalf, charged to the sender’s credits and skipped over quota', async (t) => {
  const smtp = await startSmtpServer(t);
  const o = await office(t, {
    config: testConfig({ SMTP_URL: smtp.url, MAIL_FROM: 'Signport <no-reply@signport.test>' }),
  });
  await o.grant(o.bernie, o.betty, ['send']);
  const template = await created<Template>(await uploadTemplate(o, o.bernie));
  const session = await created<Session>(
    await o.as(o.betty, 'POST', '/v1/sessions', {
      templateId: template.id,
      senderId: o.bernie.id,
      parties: [BUYER, { role: 'seller', name: 'Sue Seller', email: 'sue@example.com' }],
      send: true,
    }),
  );
  await runJobs(o.db, o.config, o.time);
  const before = smtp.received.length;
  const usage = async () => {
    const res = await o.as(o.bernie, 'GET', '/v1/usage');
    const body = (await res.json()) as {
      agents: Array<{ agent: { id: string }; email: { used: number } }>;
    };
    return body.agents.find((entry) => entry.agent.id === o.bernie.id)?.email.used ?? 0;
  };
  assert.equal(await usage(), 0, 'invitations are not plan sends');

  const reminded = await o.as(o.betty, 'POST', `/v1/sessions/${session.id}/remind`, {
    partyIds: [session.parties[0]!.id],
  });
  assert.equal(reminded.status, 200, await reminded.clone().text());
  assert.deepEqual(await reminded.json(), {
    reminded: 1,
    parties: [{ partyId: session.parties[0]!.id, outcome: 'sent' }],
  });
  await runJobs(o.db, o.config, o.time);
  const [reminder] = smtp.received.slice(before).map((mail) => parseMail(mail.raw));
  assert.match(reminder?.headers.get('subject') ?? '', /^Reminder: Bernie OfficeManager asks/);
  assert.match(reminder?.headers.get('reply-to') ?? '', /Bernie OfficeManager.*bernie@shoreline/);
  assert.match(reminder?.text ?? '', /\/s\/[\w-]+/, 'a fresh link');
  assert.equal(await usage(), 1, 'charged to Bernie, the sender');

  // Bernie's monthly email limit is used up: the next reminder is not sent, and the answer says so.
  const limited = await o.app.request(
    '/v1/users/bernie/subscriptions',
    json('PUT', { emailMonthlyLimit: 1 }, bearer(o.secretKey)),
  );
  assert.equal(limited.status, 200, await limited.clone().text());
  const over = await o.as(o.betty, 'POST', `/v1/sessions/${session.id}/remind`);
  assert.equal(over.status, 200);
  assert.deepEqual(await over.json(), {
    reminded: 0,
    parties: session.parties.map((party) => ({
      partyId: party.id,
      outcome: 'skipped_over_quota',
    })),
  });
  await runJobs(o.db, o.config, o.time);
  assert.equal(smtp.received.length, before + 1, 'nothing more was sent');
  assert.equal(await usage(), 1);
});

test('as=all lists every sender’s sessions while their delegation lasts, with filters, search and paging', async (t) => {
  const o = await office(t);
  await o.grant(o.bernie, o.betty, ['send']);
  const aliceForBetty = await o.grant(o.alice, o.betty, ['send', 'contacts']);
  await o.grant(o.carl, o.betty, ['contacts']); // no `send`: Carl's sessions stay his
  const startFor = async (owner: OfficeUser, by: OfficeUser, buyer: string) => {
    const template = await created<Template>(await uploadTemplate(o, owner));
    return created<Session>(
      await o.as(by, 'POST', '/v1/sessions', {
        templateId: template.id,
        ...(owner.id === by.id ? {} : { senderId: owner.id }),
        parties: [{ role: 'buyer', name: buyer, email: `${buyer.toLowerCase()}@example.com` }],
      }),
    );
  };
  const own = await startFor(o.betty, o.betty, 'Olive');
  const forBernie = await startFor(o.bernie, o.betty, 'Brook');
  const bernies = await startFor(o.bernie, o.bernie, 'Basil');
  const alices = await startFor(o.alice, o.alice, 'Amber');
  const carls = await startFor(o.carl, o.carl, 'Cedar');

  const ids = (list: SessionList) => list.items.map((item) => item.id);
  const all = await listSessions(o, o.betty, '?as=all');
  assert.deepEqual(
    ids(all).sort(),
    [own.id, forBernie.id, bernies.id, alices.id].sort(),
    'every sender Betty may send for, not Carl',
  );
  assert.deepEqual(
    all.items.map((item) => [item.sender.id, item.initiator.id]).sort(),
    [
      [o.betty.id, o.betty.id],
      [o.bernie.id, o.betty.id],
      [o.bernie.id, o.bernie.id],
      [o.alice.id, o.alice.id],
    ].sort(),
  );
  assert.deepEqual(
    ids(await listSessions(o, o.betty, '')).sort(),
    [own.id, forBernie.id].sort(),
    'without as=all: the sessions Betty sent or initiated',
  );
  assert.deepEqual(ids(await listSessions(o, o.betty, '?as=all&search=amber')), [alices.id]);
  assert.deepEqual(
    ids(await listSessions(o, o.betty, `?as=all&senderId=${o.bernie.id}`)).sort(),
    [forBernie.id, bernies.id].sort(),
  );
  assert.equal((await listSessions(o, o.betty, '?as=all&status=completed')).items.length, 0);
  const paged: string[] = [];
  let cursor: string | null = null;
  do {
    const page: SessionList = await listSessions(
      o,
      o.betty,
      `?as=all&limit=3${cursor ? `&cursor=${cursor}` : ''}`,
    );
    paged.push(...ids(page));
    cursor = page.nextCursor;
  } while (cursor);
  assert.deepEqual(paged, ids(all));

  // Betty may work on Alice's session while the delegation lasts…
  assert.equal((await o.as(o.betty, 'GET', `/v1/sessions/${alices.id}`)).status, 200);
  assert.equal((await o.as(o.betty, 'GET', `/v1/sessions/${alices.id}/audit`)).status, 200);
  assert.equal((await o.as(o.betty, 'GET', `/v1/sessions/${carls.id}`)).status, 404);
  const carlsList = await o.as(o.betty, 'GET', `/v1/sessions?senderId=${o.carl.id}`);
  assert.equal(carlsList.status, 403);
  assert.equal((await errorOf(carlsList)).field, 'senderId');

  // …and not a moment longer.
  assert.equal((await o.as(o.alice, 'DELETE', `/v1/delegations/${aliceForBetty}`)).status, 204);
  assert.ok(!ids(await listSessions(o, o.betty, '?as=all')).includes(alices.id));
  for (const [method, path] of [
    ['GET', `/v1/sessions/${alices.id}`],
    ['GET', `/v1/sessions/${alices.id}/audit`],
    ['GET', `/v1/sessions/${alices.id}/document.pdf`],
    ['POST', `/v1/sessions/${alices.id}/send`],
    ['POST', `/v1/sessions/${alices.id}/void`],
  ] as const) {
    assert.equal((await o.as(o.betty, method, path)).status, 404, `${method} ${path}`);
  }
  assert.equal((await o.as(o.betty, 'GET', `/v1/sessions?senderId=${o.alice.id}`)).status, 403);
  assert.equal(
    (await listSessions(o, o.alice, '')).items[0]?.status,
    'draft',
    'Alice’s session is untouched',
  );
});

test('a session uses its sender’s templates; Add Myself needs a role the template has', async (t) => {
  const o = await office(t);
  await o.grant(o.bernie, o.betty, ['send']);
  const carlsTemplate = await created<Template>(await uploadTemplate(o, o.carl));
  const berniesTemplate = await created<Template>(await uploadTemplate(o, o.bernie));
  const foreign = await o.as(o.betty, 'POST', '/v1/sessions', {
    templateId: carlsTemplate.id,
    senderId: o.bernie.id,
    parties: [BUYER],
  });
  assert.equal(foreign.status, 404, 'not the sender’s template');
  assert.equal((await errorOf(foreign)).field, 'templateId');
  const noRole = await o.as(o.betty, 'POST', '/v1/sessions', {
    templateId: berniesTemplate.id,
    senderId: o.bernie.id,
    addMyself: true,
  });
  assert.equal(noRole.status, 400);
  assert.equal((await errorOf(noRole)).field, 'addMyselfRole');
  const ok = await created<Session>(
    await o.as(o.betty, 'POST', '/v1/sessions', {
      templateId: berniesTemplate.id,
      senderId: o.bernie.id,
      addMyself: true,
      addMyselfRole: 'buyer',
    }),
  );
  assert.deepEqual(
    ok.parties.map((party) => party.email),
    [o.bernie.email],
  );
  // Betty sees Bernie's templates only through the `templates` scope, which `send` is not.
  const templates = await o.as(o.betty, 'GET', `/v1/templates?senderId=${o.bernie.id}`);
  assert.equal(templates.status, 403);
});

test('Bernie’s own party signs only as Bernie: Betty cannot mint his link, and the trail says who did what to whom', async (t) => {
  // Behind a proxy, so one request can come "from" an IPv4-mapped address.
  const o = await office(t, { config: testConfig({ TRUST_PROXY: 'true' }) });
  await o.grant(o.bernie, o.betty, ['send', 'templates']);
  const template = await created<Template>(await uploadTemplate(o, o.betty, o.bernie));
  const session = await created<Session>(
    await o.as(o.betty, 'POST', '/v1/sessions', {
      templateId: template.id,
      senderId: o.bernie.id,
      parties: [BUYER],
      addMyself: true,
      addMyselfRole: 'seller',
      values: PREFILLED,
      send: true,
    }),
  );
  const buyer = session.parties.find((party) => party.role === 'buyer')!;
  const bernie = session.parties.find((party) => party.userId === o.bernie.id)!;
  const linkPath = (party: { id: string }) => `/v1/sessions/${session.id}/parties/${party.id}/link`;

  // Betty acts for Bernie, but cannot sign as him: refused, and nothing is written.
  const before = await dbFingerprint(o.db);
  const refused = await o.as(o.betty, 'POST', linkPath(bernie));
  assert.equal(refused.status, 403);
  const refusal = await errorOf(refused);
  assert.deepEqual([refusal.code, refusal.field], ['party_not_yours', 'partyId']);
  assert.match(refusal.message, /Bernie OfficeManager signs as themselves/);
  assert.deepEqual(fingerprintChanges(before, await dbFingerprint(o.db)), []);
  // Carl, who may not act for Bernie, learns nothing of the session or its parties.
  const stranger = await o.as(o.carl, 'POST', linkPath(bernie));
  assert.deepEqual([stranger.status, (await errorOf(stranger)).code], [404, 'not_found']);

  // Betty mints the buyer's link (through the proxy); Bernie his own, straight over real HTTP.
  const proxied = async (path: string, init: RequestInit = {}) =>
    o.app.request(path, {
      ...init,
      headers: {
        ...(init.headers as Record<string, string>),
        'x-forwarded-for': '::ffff:198.51.100.7',
      },
    });
  const server = await serveApp(t, o.app);
  const direct = (path: string, init: RequestInit = {}) => fetch(`${server}${path}`, init);
  const buyerLink = await created<PartyLink>(
    await proxied(linkPath(buyer), { method: 'POST', headers: o.betty.headers }),
  );
  const bernieLink = await created<PartyLink>(
    await direct(linkPath(bernie), { method: 'POST', headers: o.bernie.headers }),
  );

  const signature = dataUrl(await makeSignaturePng(600, 200));
  const sign = async (
    send: typeof direct,
    token: string,
    role: string,
    values: Record<string, string>,
  ) => {
    const viewed = await send('/v1/party', { headers: bearer(token) });
    assert.equal(viewed.status, 200, await viewed.clone().text());
    const view = (await viewed.json()) as PartyView;
    const signatures = Object.fromEntries(
      template.fields
        .filter((f) => f.role === role && (f.type === 'signature' || f.type === 'initials'))
        .map((f) => [f.id, signature]),
    );
    const res = await send(
      '/v1/party/complete',
      partyJson('POST', token, {
        consent: { accepted: true, disclosureVersion: view.consent.version },
        signatures,
        values,
      }),
    );
    assert.equal(res.status, 200, await res.clone().text());
    return view.consent.version;
  };
  const disclosure = await sign(proxied, buyerLink.token, 'buyer', { buyer_name: BUYER.name });
  await sign(direct, bernieLink.token, 'seller', { seller_name: o.bernie.name });
  await runJobs(o.db, o.config, o.time);

  const trail = (await (
    await o.as(o.betty, 'GET', `/v1/sessions/${session.id}/audit`)
  ).json()) as AuditTrail;
  const row = (event: AuditTrail['events'][number]) => [
    event.type,
    event.description,
    event.userId,
    event.ip,
  ];
  const invitation = (email: string) => `signing link emailed to ${email}`;
  assert.deepEqual(trail.events.map(row), [
    ['created', 'Betty Agent created the session for Bernie OfficeManager', o.betty.id, 'unknown'],
    ['sent', 'Betty Agent sent the session for Bernie OfficeManager', o.betty.id, 'unknown'],
    ['invited', `Betty Agent invited Bob Buyer - ${invitation(BUYER.email)}`, o.betty.id, null],
    [
      'invited',
      `Betty Agent invited Bernie OfficeManager - ${invitation(o.bernie.email)}`,
      o.betty.id,
      null,
    ],
    ['link_minted', 'Betty Agent minted a signing link for Bob Buyer', o.betty.id, '198.51.100.7'],
    [
      'link_minted',
      'Bernie OfficeManager minted a signing link for Bernie OfficeManager',
      o.bernie.id,
      '127.0.0.1',
    ],
    ['viewed', 'Bob Buyer viewed the document', null, '198.51.100.7'],
    [
      'consented',
      `Bob Buyer consented to sign electronically (disclosure ${disclosure})`,
      null,
      '198.51.100.7',
    ],
    ['signed', 'Bob Buyer signed as Buyer', null, '198.51.100.7'],
    ['viewed', 'Bernie OfficeManager viewed the document', null, '127.0.0.1'],
    [
      'consented',
      `Bernie OfficeManager consented to sign electronically (disclosure ${disclosure})`,
      o.bernie.id,
      '127.0.0.1',
    ],
    ['signed', 'Bernie OfficeManager signed as Seller', o.bernie.id, '127.0.0.1'],
    ['completed', 'Every party signed; the document was sealed', null, null],
  ]);
  const minted = trail.events.filter((event) => event.type === 'link_minted');
  assert.deepEqual(
    minted.map((event) => [event.userId, event.partyId]),
    [
      [o.betty.id, buyer.id],
      [o.bernie.id, bernie.id],
    ],
    'each mint names who minted it for whom',
  );

  // The certificate tells the same story, with plain IPv4 addresses.
  const pdf = await o.as(o.betty, 'GET', `/v1/sessions/${session.id}/document.pdf`);
  assert.equal(pdf.status, 200);
  const text = (
    await runPdfTool('pdftotext', ['{in}', '-'], new Uint8Array(await pdf.arrayBuffer()))
  ).stdout.replace(/\s+/g, ' ');
  for (const line of [
    'Betty Agent created the session for Bernie OfficeManager',
    `Betty Agent invited Bernie OfficeManager - ${invitation(o.bernie.email)}`,
    'Betty Agent minted a signing link for Bob Buyer (IP 198.51.100.7)',
    'Bernie OfficeManager minted a signing link for Bernie OfficeManager (IP 127.0.0.1)',
    'Bernie OfficeManager signed as Seller (IP 127.0.0.1)',
  ]) {
    assert.ok(text.includes(line), `the certificate says: ${line}`);
  }
  assert.doesNotMatch(text, /::ffff:/);
  assert.doesNotMatch(text, / - by /, 'no event reads as if its object had acted');
});
