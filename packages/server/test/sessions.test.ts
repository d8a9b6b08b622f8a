import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { AuditTrail, Session, SessionList, Template } from '@signport/core';
import { runCommand } from '../src/cli/run-command.js';
import { makePurchaseAgreement } from './fixtures/make-purchase-agreement.js';
import {
  createSession,
  deliveredEmails,
  linkTokenFor,
  uploadedTemplate,
  type SigningWorld,
} from './support/signing.js';
import { signingWorld } from './support/signing-world.js';
import { bearer, json, seedAccount, userWithToken } from './support/test-server.js';

let world: SigningWorld;
let pdf: Uint8Array;
let template: Template;
let colleagueToken: string;
let strangerToken: string;

const BUYER = { role: 'buyer', name: 'Bob Buyer', email: 'bob@example.com' };
const SELLER = { role: 'seller', name: 'Sue Seller', email: 'sue@example.com' };

before(async () => {
  world = await signingWorld();
  pdf = await makePurchaseAgreement();
  template = await uploadedTemplate(world.app, world.token, pdf);
  colleagueToken = (await userWithToken(world.app, world.secretKey, 'carl')).token;
  const other = await seedAccount(world, 'Harbor Homes', ['https://harbor.test']);
  strangerToken = (await userWithToken(world.app, other.secretKey, 'hank')).token;
});
after(() => world.close());

const post = (path: string, body: unknown = {}, token = world.token) =>
  world.app.request(path, json('POST', body, bearer(token)));
const get = (path: string, token = world.token) =>
  world.app.request(path, { headers: bearer(token) });
async function errorOf(res: Response) {
  return {
    status: res.status,
    ...((await res.json()) as { error: { code: string; message: string; field?: string } }).error,
  };
}

describe('POST /v1/sessions', () => {
  test('creates a draft naming initiator and sender, with parties waiting', async () => {
    const session = await createSession(world.app, world.token, {
      templateId: template.id,
      parties: [BUYER, { ...BUYER, name: 'Bea Buyer', email: 'bea@example.com' }, SELLER],
      values: { purchase_price: '350,000.00' },
    });
    assert.equal(session.status, 'draft');
    assert.equal(session.templateName, template.name);
    assert.equal(session.initiator.externalId, 'betty');
    assert.equal(session.sender.externalId, 'betty');
    assert.deepEqual(
      session.parties.map((party) => [party.role, party.email, party.status]),
      [
        ['buyer', 'bob@example.com', 'waiting'],
        ['buyer', 'bea@example.com', 'waiting'],
        ['seller', 'sue@example.com', 'waiting'],
      ],
    );
    const original = await get(`/v1/sessions/${session.id}/document.pdf`);
    assert.equal(original.status, 200);
    assert.deepEqual(
      new Uint8Array(await original.arrayBuffer()),
      pdf,
      'before completion: the original',
    );
  });

  test('refuses unknown roles and fields, bad values, signing for a party, and others’ templates', async () => {
    const base = { templateId: template.id, parties: [BUYER, SELLER] };
    const cases: Array<[unknown, number, string, string | undefined]> = [
      [
        { ...base, parties: [{ ...BUYER, role: 'notary' }] },
        400,
        'validation_failed',
        'parties.0.role',
      ],
      [{ ...base, values: { nope: 'x' } }, 400, 'validation_failed', 'values.nope'],
      [
        { ...base, values: { closing_date: 'soon' } },
        400,
        'validation_failed',
        'values.closing_date',
      ],
      [
        { ...base, values: { buyer_signature: 'data:image/png;base64,iVBORw0KGgo=' } },
        403,
        'field_not_yours',
        'values.buyer_signature',
      ],
      [{ ...base, lockedFieldIds: ['nope'] }, 400, 'validation_failed', 'lockedFieldIds.0'],
      [{ ...base, parties: [BUYER, BUYER] }, 400, 'validation_failed', 'parties.1.email'],
      [{ ...base, senderId: 'usr_someone_else' }, 403, 'forbidden', 'senderId'],
      [{ ...base, addMyself: true }, 400, 'validation_failed', 'addMyselfRole'],
    ];
    for (const [body, status, code, field] of cases) {
      const error = await errorOf(await post('/v1/sessions', body));
      assert.deepEqual(
        [error.status, error.code, error.field],
        [status, code, field],
        JSON.stringify(body),
      );
    }
    const theirs = await errorOf(await post('/v1/sessions', base, strangerToken));
    assert.deepEqual([theirs.status, theirs.field], [404, 'templateId']);
  });
});

describe('sending, reminding and voiding', () => {
  test('parallel sending invites every party; a second send is refused', async () => {
    const draft = await createSession(world.app, world.token, {
      templateId: template.id,
      parties: [BUYER, SELLER],
    });
    const sent = await post(`/v1/sessions/${draft.id}/send`);
    assert.equal(sent.status, 200);
    const session = (await sent.json()) as Session;
    assert.equal(session.status, 'sent');
    assert.ok(session.sentAt);
    assert.ok(session.parties.every((party) => party.status === 'invited' && party.invitedAt));
    const emails = await deliveredEmails(world.db, world.config, world.time);
    assert.ok(linkTokenFor(emails, BUYER.email));
    assert.ok(linkTokenFor(emails, SELLER.email));
    const again = await errorOf(await post(`/v1/sessions/${draft.id}/send`));
    assert.deepEqual([again.status, again.code], [409, 'invalid_state']);
  });

  test('a role without a party cannot be sent', async () => {
    const draft = await createSession(world.app, world.token, {
      templateId: template.id,
      parties: [BUYER],
    });
    const error = await errorOf(await post(`/v1/sessions/${draft.id}/send`));
    assert.deepEqual([error.status, error.code, error.field], [409, 'conflict', 'parties']);
  });

  test('remind re-sends fresh links to whoever’s turn it is; void revokes them and tells the parties', async () => {
    const buyer = { ...BUYER, email: 'remind.buyer@example.com' };
    const seller = { ...SELLER, email: 'remind.seller@example.com' };
    const draft = await createSession(world.app, world.token, {
      templateId: template.id,
      parties: [buyer, seller],
    });
    const early = await errorOf(await post(`/v1/sessions/${draft.id}/remind`));
    assert.deepEqual([early.status, early.code], [409, 'invalid_state']);
    await post(`/v1/sessions/${draft.id}/send`);
    const firstToken = linkTokenFor(
      await deliveredEmails(world.db, world.config, world.time),
      buyer.email,
    );

    world.time.advance(1000); // so the reminders are the newest emails
    const reminded = await post(`/v1/sessions/${draft.id}/remind`);
    const remindResult = (await reminded.json()) as {
      reminded: number;
      parties: { partyId: string; outcome: string }[];
    };
    assert.equal(remindResult.reminded, 2);
    assert.deepEqual(
      remindResult.parties.map((party) => party.outcome),
      ['sent', 'sent'],
    );
    const emails = await deliveredEmails(world.db, world.config, world.time);
    const reminder = emails.find(
      (email) => email.subject.startsWith('Reminder') && email.to.includes(buyer.email),
    );
    assert.ok(reminder);
    assert.notEqual(linkTokenFor(emails, buyer.email), firstToken, 'a reminder carries a new link');
    const nobody = await errorOf(
      await post(`/v1/sessions/${draft.id}/remind`, { partyIds: ['pty_not_in_session'] }),
    );
    assert.deepEqual([nobody.status, nobody.code], [409, 'conflict']);

    const voided = await post(`/v1/sessions/${draft.id}/void`, { reason: 'Listing withdrawn' });
    assert.equal(voided.status, 200);
    assert.equal(((await voided.json()) as Session).status, 'voided');
    for (const token of [firstToken, linkTokenFor(emails, buyer.email)]) {
      assert.equal((await world.app.request('/v1/party', { headers: bearer(token) })).status, 401);
    }
    const told = (await deliveredEmails(world.db, world.config, world.time)).filter((email) =>
      /cancelled/.test(email.subject),
    );
    assert.deepEqual(told.map((email) => email.to[0]).sort(), [buyer.email, seller.email].sort());
    assert.ok(told.every((email) => email.text.includes('Listing withdrawn')));
    const twice = await errorOf(await post(`/v1/sessions/${draft.id}/void`));
    assert.deepEqual([twice.status, twice.code], [409, 'invalid_state']);
    const lateRemind = await errorOf(await post(`/v1/sessions/${draft.id}/remind`));
    assert.deepEqual([lateRemind.status, lateRemind.code], [409, 'invalid_state']);

    const trail = (await (await get(`/v1/sessions/${draft.id}/audit`)).json()) as AuditTrail;
    assert.deepEqual(
      trail.events.map((event) => event.type),
      ['created', 'sent', 'invited', 'invited', 'reminded', 'reminded', 'voided'],
    );
    const voidEvent = trail.events.at(-1);
    assert.deepEqual(voidEvent?.details, { reason: 'Listing withdrawn' });
    assert.ok(voidEvent?.userId && voidEvent.ip && voidEvent.at);
  });
});

describe('GET /v1/sessions', () => {
  test('lists the caller’s sessions with filters, search and paging; nobody else sees them', async () => {
    const distinct = await createSession(world.app, world.token, {
      templateId: template.id,
      parties: [{ ...BUYER, name: 'Quentin Quill', email: 'quentin@example.com' }, SELLER],
    });
    const list = async (query: string, token = world.token) =>
      (await (await get(`/v1/sessions${query}`, token)).json()) as SessionList;

    const all = await list('?limit=100');
    assert.ok(all.items.length >= 4);
    assert.ok(all.items.every((item) => item.sender.externalId === 'betty'));
    assert.deepEqual(
      (await list('?search=quill')).items.map((item) => item.id),
      [distinct.id],
    );
    assert.deepEqual(
      (await list('?search=QUENTIN@example')).items.map((item) => item.id),
      [distinct.id],
    );
    assert.equal(
      (await list('?search=Purchase')).items.length,
      all.items.length,
      'matches the template name',
    );
    assert.equal((await list('?search=100%25')).items.length, 0, 'wildcards are matched literally');
    assert.ok((await list('?status=voided')).items.every((item) => item.status === 'voided'));
    assert.equal((await list('?status=voided')).items.length, 1);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: SessionList = await list(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      assert.ok(page.items.length <= 2);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    assert.deepEqual(
      seen,
      all.items.map((item) => item.id),
    );
    assert.equal((await get('/v1/sessions?cursor=garbage!')).status, 400);

    assert.deepEqual(
      (await list('', colleagueToken)).items,
      [],
      'a colleague sees only their own sessions',
    );
    assert.deepEqual((await list('', strangerToken)).items, []);
    for (const path of [
      `/v1/sessions/${distinct.id}`,
      `/v1/sessions/${distinct.id}/audit`,
      `/v1/sessions/${distinct.id}/document.pdf`,
    ]) {
      assert.equal((await get(path, strangerToken)).status, 404, path);
      assert.equal((await get(path, colleagueToken)).status, 404, path);
    }
    for (const action of ['send', 'void', 'remind']) {
      assert.equal(
        (await post(`/v1/sessions/${distinct.id}/${action}`, {}, strangerToken)).status,
        404,
        action,
      );
    }
    const link = await post(
      `/v1/sessions/${distinct.id}/parties/${distinct.parties[0]?.id}/link`,
      {},
      strangerToken,
    );
    assert.equal(link.status, 404);
  });
});

describe('signing links', () => {
  test('emailed links open the account’s own signing page once it sets one', async () => {
    const refused = await world.app.request(
      '/v1/account',
      json('PATCH', { signingUrl: 'https://www.shoreline.test/sign' }, bearer(world.secretKey)),
    );
    assert.deepEqual((({ message: _, ...rest }) => rest)(await errorOf(refused)), {
      status: 400,
      code: 'validation_failed',
      field: 'signingUrl',
    });
    assert.equal(
      (
        await world.app.request(
          '/v1/account',
          json('PATCH', { signingUrl: null }, bearer(world.token)),
        )
      ).status,
      401,
      'an embed token cannot change account settings',
    );
    const set = await world.app.request(
      '/v1/account',
      json(
        'PATCH',
        { signingUrl: 'https://www.shoreline.test/sign?t={token}' },
        bearer(world.secretKey),
      ),
    );
    assert.equal(set.status, 200);
    assert.equal(
      ((await set.json()) as { signingUrl: string }).signingUrl,
      'https://www.shoreline.test/sign?t={token}',
    );

    await createSession(world.app, world.token, {
      templateId: template.id,
      parties: [{ ...BUYER, email: 'hosted@example.com' }, SELLER],
      send: true,
    });
    const emails = await deliveredEmails(world.db, world.config, world.time);
    const invitation = emails.find((email) => email.to.includes('hosted@example.com'));
    const token = /https:\/\/www\.shoreline\.test\/sign\?t=([\w-]+)/.exec(
      invitation?.text ?? '',
    )?.[1];
    assert.ok(token, invitation?.text);
    assert.equal(Buffer.from(token, 'base64url').byteLength, 32);
    assert.equal((await world.app.request('/v1/party', { headers: bearer(token) })).status, 200);
    const stored = await world.db.query.partyLinks.findMany();
    const hash = createHash('sha256').update(token).digest('hex');
    assert.ok(stored.some((link) => link.tokenHash === hash));
    assert.ok(
      stored.every((link) => link.tokenHash !== token),
      'tokens are stored hashed',
    );

    // The CLI sets the same setting; an empty value goes back to the hosted page.
    const cli = { db: world.db, clock: world.time.clock };
    const cleared = await runCommand(
      ['account', 'set', '--account', world.accountId, '--signing-url', ''],
      cli,
    );
    assert.deepEqual(cleared, {
      id: world.accountId,
      name: 'Shoreline Realty',
      signingUrl: null,
      portalUrl: null,
    });
    await assert.rejects(
      runCommand(
        [
          'account',
          'set',
          '--account',
          world.accountId,
          '--signing-url',
          'https://x.test/no-token',
        ],
        cli,
      ),
      /must contain \{token\}/,
    );
  });
});
