import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import type { Attachment, AttachmentList, AuditTrail, PartyView, Template } from '@signport/core';
import { blobs, sessionAttachments } from '../src/platform/db/schema/index.js';
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
import { bearer, json, seedAccount, userWithToken } from './support/test-server.js';

/** Small, so that "too big" needs no megabytes. */
const MAX_BYTES = 4096;
const PDF = new TextEncoder().encode('%PDF-1.4\n% a scanned tax return\n%%EOF\n');
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]);
const HTML = new TextEncoder().encode('<!doctype html><script>alert(1)</script>');

let world: SigningWorld;
let template: Template;
let signature: string;
let counter = 0;

before(async () => {
  world = await signingWorld({ ATTACHMENT_MAX_BYTES: String(MAX_BYTES) });
  template = await uploadedTemplate(world.app, world.token, await makePurchaseAgreement());
  const rect = (y: number) => ({ x: 0.1, y, width: 0.4, height: 0.03 });
  const res = await world.app.request(
    `/v1/templates/${template.id}`,
    json(
      'PATCH',
      {
        fields: [
          {
            id: 'buyer_tax_return',
            name: 'Tax return',
            role: 'buyer',
            type: 'attachment',
            page: 1,
            rect: rect(0.9),
            required: true,
          },
          {
            id: 'buyer_bank_letter',
            name: 'Bank letter',
            role: 'buyer',
            type: 'attachment',
            page: 1,
            rect: rect(0.94),
            locked: true,
          },
          {
            id: 'seller_deed',
            name: 'Deed',
            role: 'seller',
            type: 'attachment',
            page: 2,
            rect: rect(0.9),
          },
        ],
      },
      bearer(world.token),
    ),
  );
  assert.equal(res.status, 200, await res.clone().text());
  template = (await res.json()) as Template;
  signature = `data:image/png;base64,${Buffer.from(await makeSignaturePng(300, 100)).toString('base64')}`;
});
after(() => world.close());

const BUYER = 'Zoë Łukasiewicz';
const SELLER = 'José Nuñez O’Brien';

/** A sent, parallel session; returns it with both parties' link tokens. */
async function sentSession(values: Record<string, unknown> = {}) {
  counter++;
  const buyer = `buyer${counter}@example.com`;
  const seller = `seller${counter}@example.com`;
  const session = await createSession(world.app, world.token, {
    templateId: template.id,
    parties: [
      { role: 'buyer', name: BUYER, email: buyer },
      { role: 'seller', name: SELLER, email: seller },
    ],
    values: { purchase_price: '300,000.00', ...values },
    send: true,
  });
  const emails = await deliveredEmails(world.db, world.config, world.time);
  return {
    session,
    buyerToken: linkTokenFor(emails, buyer),
    sellerToken: linkTokenFor(emails, seller),
  };
}

function upload(
  token: string,
  fieldId: string,
  bytes: Uint8Array,
  filename: string,
  contentType = 'application/octet-stream',
) {
  return world.app.request(
    `/v1/party/attachments/${fieldId}?filename=${encodeURIComponent(filename)}`,
    { method: 'POST', headers: { ...bearer(token), 'content-type': contentType }, body: bytes },
  );
}

async function errorOf(res: Response) {
  const { error } = (await res.json()) as { error: { code: string; field?: string } };
  return { status: res.status, code: error.code, field: error.field };
}

const view = async (token: string) =>
  (await (await world.app.request('/v1/party', { headers: bearer(token) })).json()) as PartyView;

async function attachedEvents(sessionId: string) {
  const res = await world.app.request(`/v1/sessions/${sessionId}/audit`, {
    headers: bearer(world.token),
  });
  const trail = (await res.json()) as AuditTrail;
  return trail.events.filter((event) => event.type === 'attached');
}

async function storedFor(sessionId: string) {
  const attachments = await world.db
    .select()
    .from(sessionAttachments)
    .where(eq(sessionAttachments.sessionId, sessionId));
  const blobCount = (await world.db.select({ id: blobs.id }).from(blobs)).length;
  return { attachments: attachments.length, blobCount };
}

function complete(token: string, role: 'buyer' | 'seller', values: Record<string, unknown>) {
  const signatures = Object.fromEntries(
    template.fields
      .filter(
        (field) => field.role === role && (field.type === 'signature' || field.type === 'initials'),
      )
      .map((field) => [field.id, signature]),
  );
  return world.app.request(
    '/v1/party/complete',
    partyJson('POST', token, {
      consent: { accepted: true, disclosureVersion: '2025-01' },
      signatures,
      values,
    }),
  );
}

const BUYER_VALUES = {
  buyer_name: BUYER,
  property_city_state_zip: 'Θεσσαλονίκη 546 21',
  earnest_money: '1,000.00',
  closing_date: '2030-01-01',
};

describe('POST /v1/party/attachments/{fieldId}', () => {
  test('stores the file, shows it in the view, answers a retry the same, and replaces on a new upload', async () => {
    const { session, buyerToken } = await sentSession();
    const first = await upload(
      buyerToken,
      'buyer_tax_return',
      PDF,
      'C:\\scans\\Tax return 2024.pdf',
    );
    assert.equal(first.status, 201, await first.clone().text());
    const attached = (await first.json()) as Attachment;
    assert.equal(attached.filename, 'Tax return 2024.pdf');
    assert.equal(attached.contentType, 'application/pdf');
    assert.equal(attached.size, PDF.byteLength);

    const field = (await view(buyerToken)).fields.find((f) => f.id === 'buyer_tax_return');
    assert.equal(field?.value, attached.id);
    assert.deepEqual(field?.attachment, attached);

    const retry = await upload(buyerToken, 'buyer_tax_return', PDF, 'Tax return 2024.pdf');
    assert.equal(retry.status, 201);
    assert.deepEqual(await retry.json(), attached);
    assert.equal((await attachedEvents(session.id)).length, 1, 'a retry records nothing new');

    world.time.advance(1000);
    const replaced = await upload(buyerToken, 'buyer_tax_return', PNG, 'photo.png', 'image/png');
    assert.equal(replaced.status, 201);
    const second = (await replaced.json()) as Attachment;
    assert.equal(second.id, attached.id, 'one attachment per field');
    assert.equal(second.contentType, 'image/png');
    assert.notEqual(second.sha256, attached.sha256);
    const events = await attachedEvents(session.id);
    assert.equal(events.length, 2);
    assert.equal(events[1]?.details.filename, 'photo.png');

    const download = await world.app.request('/v1/party/attachments/buyer_tax_return', {
      headers: bearer(buyerToken),
    });
    assert.equal(download.status, 200);
    assert.deepEqual(new Uint8Array(await download.arrayBuffer()), PNG);
    assert.match(download.headers.get('content-disposition') ?? '', /photo\.png/);
    assert.equal(download.headers.get('content-type'), 'image/png');
  });

  test('refusals store nothing: too big, a type the bytes disprove, another role’s, locked, not an attachment field, a made-up id', async () => {
    const { session, buyerToken, sellerToken } = await sentSession();
    const before = await storedFor(session.id);

    const big = new Uint8Array(MAX_BYTES + 1);
    big.set(PDF);
    const tooBig = await upload(buyerToken, 'buyer_tax_return', big, 'huge.pdf');
    assert.equal(tooBig.status, 413);
    assert.deepEqual(await errorOf(tooBig), {
      status: 413,
      code: 'payload_too_large',
      field: 'buyer_tax_return',
    });

    const disguised = await upload(
      buyerToken,
      'buyer_tax_return',
      HTML,
      'tax.pdf',
      'application/pdf',
    );
    assert.deepEqual(await errorOf(disguised), {
      status: 415,
      code: 'unsupported_media_type',
      field: 'buyer_tax_return',
    });

    assert.deepEqual(await errorOf(await upload(buyerToken, 'seller_deed', PDF, 'deed.pdf')), {
      status: 403,
      code: 'field_not_yours',
      field: 'seller_deed',
    });
    assert.deepEqual(await errorOf(await upload(buyerToken, 'buyer_bank_letter', PDF, 'b.pdf')), {
      status: 403,
      code: 'field_locked',
      field: 'buyer_bank_letter',
    });
    assert.deepEqual(await errorOf(await upload(buyerToken, 'buyer_name', PDF, 'n.pdf')), {
      status: 400,
      code: 'validation_failed',
      field: 'buyer_name',
    });
    assert.equal((await upload(buyerToken, 'buyer_tax_return', PDF, '  ')).status, 400);
    assert.equal((await upload('not-a-token', 'buyer_tax_return', PDF, 'a.pdf')).status, 401);

    const madeUp = await world.app.request(
      '/v1/party/values',
      partyJson('PATCH', buyerToken, { values: { buyer_tax_return: 'att_someone_elses' } }),
    );
    assert.deepEqual(await errorOf(madeUp), {
      status: 400,
      code: 'validation_failed',
      field: 'buyer_tax_return',
    });
    // The seller cannot read the buyer's file either.
    const peek = await world.app.request('/v1/party/attachments/buyer_tax_return', {
      headers: bearer(sellerToken),
    });
    assert.equal(peek.status, 404);

    assert.deepEqual(await storedFor(session.id), before);
    assert.equal((await attachedEvents(session.id)).length, 0);
  });
});

describe('attachments through completion', () => {
  test('a required attachment blocks signing; the sealed PDF names the files and prints Unicode names exactly', async () => {
    const { session, buyerToken, sellerToken } = await sentSession({
      property_address: 'Ул. Пушкина 10 中文',
    });

    const blocked = await complete(buyerToken, 'buyer', BUYER_VALUES);
    assert.deepEqual(await errorOf(blocked), {
      status: 400,
      code: 'validation_failed',
      field: 'buyer_tax_return',
    });

    const taxReturn = await upload(buyerToken, 'buyer_tax_return', PDF, 'Zoë’s tax return.pdf');
    assert.equal(taxReturn.status, 201);
    const signed = await complete(buyerToken, 'buyer', BUYER_VALUES);
    assert.equal(signed.status, 200, await signed.clone().text());

    const deed = await upload(sellerToken, 'seller_deed', JPEG, 'Титул.jpg', 'image/jpeg');
    assert.equal(deed.status, 201);
    const last = await complete(sellerToken, 'seller', { seller_name: SELLER });
    assert.equal(last.status, 200, await last.clone().text());

    const after = await upload(sellerToken, 'seller_deed', JPEG, 'again.jpg');
    assert.equal(after.status, 409, 'nothing changes once signed');

    const document = await world.app.request(`/v1/sessions/${session.id}/document.pdf`, {
      headers: bearer(world.token),
    });
    assert.equal(document.status, 200);
    const pdf = new Uint8Array(await document.arrayBuffer());
    const check = await runPdfTool('qpdf', ['--check', '{in}'], pdf);
    assert.equal(check.exitCode, 0, check.stdout + check.stderr);
    const text = (await runPdfTool('pdftotext', ['{in}', '-'], pdf)).stdout.replace(/\s+/g, ' ');
    for (const expected of [
      'Zoë’s tax return.pdf',
      'Титул.jpg',
      BUYER,
      SELLER,
      'Θεσσαλονίκη 546 21',
      // The font has no Chinese: replaced, and the completion still went through.
      'Ул. Пушкина 10 ??',
      `${BUYER} - Buyer`,
      `${BUYER} attached Zoë’s tax return.pdf`,
      `${SELLER} attached Титул.jpg`,
    ]) {
      assert.ok(text.includes(expected), `missing: ${expected}`);
    }
    const report = (await runPdfTool('pdfsig', ['{in}'], pdf)).stdout;
    assert.match(report, /Signature Validation: Signature is Valid\./);
    assert.match(report, /Total document signed/);

    // The sender lists and downloads the files; another account sees none of it.
    const listed = await world.app.request(`/v1/sessions/${session.id}/attachments`, {
      headers: bearer(world.token),
    });
    assert.equal(listed.status, 200);
    const { items } = (await listed.json()) as AttachmentList;
    assert.deepEqual(
      items.map((item) => [item.fieldId, item.filename]),
      [
        ['buyer_tax_return', 'Zoë’s tax return.pdf'],
        ['seller_deed', 'Титул.jpg'],
      ],
    );
    const deedId = items[1]?.id ?? '';
    const file = await world.app.request(`/v1/sessions/${session.id}/attachments/${deedId}`, {
      headers: bearer(world.token),
    });
    assert.equal(file.status, 200);
    assert.deepEqual(new Uint8Array(await file.arrayBuffer()), JPEG);
    assert.equal(file.headers.get('x-content-type-options'), 'nosniff');

    const other = await seedAccount(world, 'Other Realty', ['https://other.test']);
    const stranger = await userWithToken(world.app, other.secretKey, 'stranger');
    for (const path of [
      `/v1/sessions/${session.id}/attachments`,
      `/v1/sessions/${session.id}/attachments/${deedId}`,
    ]) {
      const res = await world.app.request(path, { headers: bearer(stranger.token) });
      assert.equal(res.status, 404, path);
    }
    const missing = await world.app.request(`/v1/sessions/${session.id}/attachments/att_unknown`, {
      headers: bearer(world.token),
    });
    assert.equal(missing.status, 404);
    const rows = await world.db
      .select()
      .from(sessionAttachments)
      .where(
        and(
          eq(sessionAttachments.sessionId, session.id),
          eq(sessionAttachments.accountId, world.accountId),
        ),
      );
    assert.equal(rows.length, 2);
  });
});

describe('a sender prefilling an attachment field', () => {
  test('is refused, naming the field, and creates no session', async () => {
    const before = await world.db.query.signingSessions.findMany();
    const refused = await world.app.request(
      '/v1/sessions',
      json(
        'POST',
        {
          templateId: template.id,
          parties: [
            { role: 'buyer', name: BUYER, email: 'prefill-buyer@example.com' },
            { role: 'seller', name: SELLER, email: 'prefill-seller@example.com' },
          ],
          values: { buyer_tax_return: 'att_made_up' },
        },
        bearer(world.token),
      ),
    );
    assert.deepEqual(await errorOf(refused), {
      status: 400,
      code: 'validation_failed',
      field: 'values.buyer_tax_return',
    });
    assert.equal((await world.db.query.signingSessions.findMany()).length, before.length);
  });
});
