import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Template, TemplateField } from '@signport/core';
import { inspectPdf } from '../src/platform/pdf/inspect-pdf.js';
import { makePurchaseAgreement } from './fixtures/make-purchase-agreement.js';
import { runPdfTool } from './fixtures/pdf-tools.js';
import { uploadTemplate, uploadedTemplate, type SigningWorld } from './support/signing.js';
import { signingWorld } from './support/signing-world.js';
import { bearer, json, seedAccount, userWithToken } from './support/test-server.js';

let world: SigningWorld;
let pdf: Uint8Array;
let template: Template;
/** Someone of another account, who must see none of Betty's templates. */
let strangerToken: string;

before(async () => {
  world = await signingWorld();
  pdf = await makePurchaseAgreement();
  template = await uploadedTemplate(world.app, world.token, pdf);
  const other = await seedAccount(world, 'Harbor Homes', ['https://harbor.test']);
  strangerToken = (await userWithToken(world.app, other.secretKey, 'hank')).token;
});
after(() => world.close());

const field = (id: string): TemplateField => {
  const found = template.fields.find((candidate) => candidate.id === id);
  assert.ok(found, `field ${id}`);
  return found;
};

describe('POST /v1/templates', () => {
  test('detects the AcroForm fields with their types, roles and positions', async () => {
    assert.equal(template.name, 'Residential Purchase Agreement');
    assert.deepEqual(
      template.roles.map((role) => role.key),
      ['buyer', 'seller'],
    );
    assert.equal(template.owner.externalId, 'betty');
    assert.equal(template.createdBy.externalId, 'betty');
    assert.equal(template.pages.length, 4);
    assert.deepEqual(
      { ...template.pages[0], imageUrl: undefined },
      { number: 1, width: 612, height: 792, imageUrl: undefined },
    );

    assert.equal(field('buyer_name').type, 'text');
    assert.equal(field('buyer_name').role, 'buyer');
    assert.equal(field('buyer_name').required, true);
    assert.equal(field('seller_name').role, 'seller');
    assert.equal(field('buyer_email').type, 'email');
    assert.equal(field('closing_date').type, 'date');
    assert.equal(field('buyer_sign_date').type, 'date_signed');
    assert.equal(field('financing_cash').type, 'checkbox');
    assert.equal(field('buyer_signature').type, 'signature');
    assert.equal(field('buyer_signature').required, true);
    assert.equal(field('seller_initials_p2').type, 'initials');
    assert.equal(field('seller_initials_p2').role, 'seller');
    // No role prefix: the first role's.
    assert.equal(field('property_address').role, 'buyer');
    assert.deepEqual(field('possession').options, ['At closing', 'Days after closing']);
    assert.equal(field('possession').type, 'radio');
    assert.deepEqual(field('title_company').options, [
      'First American Title',
      'Fidelity National Title',
      'Old Republic Title',
    ]);

    // Fractions of the page from its top-left corner, converted from the PDF's own rectangles.
    const { fields } = await inspectPdf(pdf, { maxBytes: 10_000_000 });
    const widget = fields.find((candidate) => candidate.name === 'buyer_signature');
    assert.ok(widget);
    const rect = field('buyer_signature').rect;
    assert.equal(field('buyer_signature').page, 4);
    assert.ok(Math.abs(rect.x - widget.rect.x / 612) < 1e-5);
    assert.ok(Math.abs(rect.y - (792 - widget.rect.y - widget.rect.height) / 792) < 1e-5);
    assert.ok(Math.abs(rect.width - widget.rect.width / 612) < 1e-5);
    // The radio group spans both of its buttons.
    assert.ok(field('possession').rect.width > 160 / 612);
  });

  test('serves each page once rendered, as a cacheable WebP behind a signed URL', async () => {
    const url = template.pages[1]?.imageUrl ?? '';
    assert.match(url, /^\/v1\/templates\/tpl_\w+\/pages\/2\?signature=/);
    const res = await world.app.request(url);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'image/webp');
    assert.match(res.headers.get('cache-control') ?? '', /max-age=31536000, immutable/);
    // The host page showing <sign-session> is another origin: the image must be embeddable there.
    assert.equal(res.headers.get('cross-origin-resource-policy'), 'cross-origin');
    const bytes = Buffer.from(await res.arrayBuffer());
    assert.equal(bytes.toString('latin1', 0, 4), 'RIFF');
    assert.equal(bytes.toString('latin1', 8, 12), 'WEBP');
    const etag = res.headers.get('etag') ?? '';
    assert.match(etag, /^"[0-9a-f]{64}"$/);
    const again = await world.app.request(url, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);

    const path = url.split('?')[0] ?? '';
    const forged = await world.app.request(`${path}?signature=${'A'.repeat(43)}`);
    assert.equal(forged.status, 401, 'a wrong signature falls back to requiring a token');
    const otherPage = await world.app.request(url.replace('/pages/2?', '/pages/3?'));
    assert.equal(otherPage.status, 401, 'a signature is good for its own page only');
    const withToken = await world.app.request(path, { headers: bearer(world.token) });
    assert.equal(withToken.status, 200);
    const stranger = await world.app.request(path, { headers: bearer(strangerToken) });
    assert.equal(stranger.status, 404);
    const missing = await world.app.request(`/v1/templates/${template.id}/pages/9`, {
      headers: bearer(world.token),
    });
    assert.equal(missing.status, 404);
  });

  test('refuses what is not a usable PDF, with a clear code, and stores nothing', async () => {
    const before = await listIds();
    const notPdf = await uploadTemplate(
      world.app,
      world.token,
      new TextEncoder().encode('hello, not a pdf'),
    );
    assert.equal(notPdf.status, 400);
    assert.equal(((await notPdf.json()) as { error: { code: string } }).error.code, 'not_a_pdf');

    const encrypted = await runPdfTool(
      'qpdf',
      ['--encrypt', 'user-pass', 'owner-pass', '256', '--', '{in}', '{out}'],
      pdf,
    );
    assert.ok(encrypted.output, encrypted.stderr);
    const locked = await uploadTemplate(world.app, world.token, encrypted.output);
    assert.equal(locked.status, 422);
    assert.equal(
      ((await locked.json()) as { error: { code: string } }).error.code,
      'pdf_encrypted',
    );

    const truncated = await uploadTemplate(
      world.app,
      world.token,
      pdf.subarray(0, Math.floor(pdf.length / 2)),
    );
    assert.equal(truncated.status, 422);
    assert.equal(
      ((await truncated.json()) as { error: { code: string } }).error.code,
      'pdf_unreadable',
    );

    const huge = new Uint8Array(16 * 1024 * 1024);
    huge.set(pdf);
    const oversized = await uploadTemplate(world.app, world.token, huge);
    assert.equal(oversized.status, 413);
    assert.equal(
      ((await oversized.json()) as { error: { code: string } }).error.code,
      'payload_too_large',
    );

    const badRoles = await uploadTemplate(world.app, world.token, pdf, {
      roles: '[{"key":"Buyer!"}]',
    });
    assert.equal(badRoles.status, 400);
    assert.match(
      ((await badRoles.json()) as { error: { field: string } }).error.field,
      /^roles\.0/,
    );

    const noFile = await world.app.request('/v1/templates', {
      method: 'POST',
      headers: bearer(world.token),
      body: new FormData(),
    });
    assert.equal(noFile.status, 400);
    const anonymous = await uploadTemplate(world.app, 'not-a-token', pdf);
    assert.equal(anonymous.status, 401);
    assert.deepEqual(await listIds(), before);
  });
});

describe('GET, PATCH and DELETE /v1/templates', () => {
  test('lists and reads the caller’s templates; another account sees none of them', async () => {
    const list = await world.app.request('/v1/templates', { headers: bearer(world.token) });
    assert.equal(list.status, 200);
    const body = (await list.json()) as { items: Template[]; nextCursor: string | null };
    assert.ok(body.items.some((item) => item.id === template.id));

    const one = await world.app.request(`/v1/templates/${template.id}`, {
      headers: bearer(world.token),
    });
    assert.equal(one.status, 200);
    assert.equal(((await one.json()) as Template).fields.length, template.fields.length);

    const theirs = await world.app.request('/v1/templates', { headers: bearer(strangerToken) });
    assert.deepEqual(((await theirs.json()) as { items: Template[] }).items, []);
    for (const [method, body] of [['GET'], ['PATCH', { name: 'Mine now' }], ['DELETE']] as const) {
      const res = await world.app.request(
        `/v1/templates/${template.id}`,
        body
          ? json(method, body, bearer(strangerToken))
          : { method, headers: bearer(strangerToken) },
      );
      assert.equal(res.status, 404, `${method} by another account`);
    }
  });

  // Last in the file: it changes and then deletes the shared template.
  test('changes roles, order and fields placed by coordinates; invalid changes are refused whole', async () => {
    const created = template;
    const url = `/v1/templates/${created.id}`;
    const added = {
      id: 'agent_note',
      name: 'Note from the listing agent',
      role: 'listing_agent',
      type: 'text',
      page: 3,
      rect: { x: 0.1, y: 0.5, width: 0.4, height: 0.03 },
      locked: true,
    };
    const patched = await world.app.request(
      url,
      json(
        'PATCH',
        {
          name: 'Purchase agreement (2 signers + agent)',
          roles: [...created.roles, { key: 'listing_agent', name: 'Listing agent', order: 3 }],
          signingOrder: 'sequential',
          saveIncomplete: true,
          fields: [
            added,
            { ...created.fields.find((f) => f.id === 'parcel_number'), required: true },
          ],
          removeFieldIds: ['additional_terms'],
        },
        bearer(world.token),
      ),
    );
    assert.equal(patched.status, 200, await patched.clone().text());
    const updated = (await patched.json()) as Template;
    assert.equal(updated.signingOrder, 'sequential');
    assert.equal(updated.saveIncomplete, true);
    assert.equal(updated.roles.length, 3);
    assert.deepEqual(
      updated.fields.find((f) => f.id === 'agent_note'),
      { ...added, required: false, private: false },
    );
    assert.equal(updated.fields.find((f) => f.id === 'parcel_number')?.required, true);
    assert.equal(
      updated.fields.some((f) => f.id === 'additional_terms'),
      false,
    );

    const refusals: Array<[unknown, string]> = [
      [{ fields: [{ ...added, role: 'notary' }] }, 'fields.'],
      [
        { fields: [{ ...added, rect: { x: 0.9, y: 0.5, width: 0.4, height: 0.03 } }] },
        'fields.0.rect',
      ],
      [{ roles: [{ key: 'buyer', name: 'Buyer', order: 1 }] }, 'fields.'],
    ];
    for (const [change, field] of refusals) {
      const res = await world.app.request(url, json('PATCH', change, bearer(world.token)));
      assert.equal(res.status, 400, JSON.stringify(change));
      const { error } = (await res.json()) as { error: { code: string; field: string } };
      assert.equal(error.code, 'validation_failed');
      assert.ok(error.field.startsWith(field), `${error.field} starts with ${field}`);
    }
    const unchanged = (await (
      await world.app.request(url, { headers: bearer(world.token) })
    ).json()) as Template;
    assert.deepEqual(unchanged, updated);

    const deleted = await world.app.request(url, {
      method: 'DELETE',
      headers: bearer(world.token),
    });
    assert.equal(deleted.status, 204);
    const gone = await world.app.request(url, { headers: bearer(world.token) });
    assert.equal(gone.status, 404);
  });
});

async function listIds(): Promise<string[]> {
  const res = await world.app.request('/v1/templates?limit=100', { headers: bearer(world.token) });
  return ((await res.json()) as { items: Template[] }).items.map((item) => item.id).sort();
}
