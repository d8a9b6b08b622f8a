import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { PartyOutcome, PartyView, Template } from '@signport/core';
import { PDFDocument } from 'pdf-lib';
import { runCommand } from '../src/cli/run-command.js';
import { createApp } from '../src/app.js';
import type { CopyBlobsReport } from '../src/platform/blobs/copy-blobs-to-s3.js';
import { ConfigError, loadConfig } from '../src/platform/config.js';
import { startServer } from '../src/start-server.js';
import { makeSignaturePng } from './fixtures/make-signature-png.js';
import { startS3Server, type S3Server } from './support/s3-server.js';
import {
  createSession,
  deliveredEmails,
  linkTokenFor,
  partyJson,
  type SigningWorld,
} from './support/signing.js';
import { signingWorld } from './support/signing-world.js';
import { bearer, seedAccount, testConfig, userWithToken } from './support/test-server.js';

const ROLES = [{ key: 'buyer', name: 'Buyer', order: 1 }];
const FIELDS = [
  {
    id: 'buyer_signature',
    name: 'Buyer signature',
    role: 'buyer',
    type: 'signature',
    page: 1,
    rect: { x: 0.1, y: 0.8, width: 0.3, height: 0.05 },
  },
];
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let s3: S3Server;
let pdf: Uint8Array;
let signature: string;

before(async () => {
  s3 = await startS3Server();
  // About 1 MB that does not compress: the size of a scanned agreement.
  const doc = await PDFDocument.create();
  doc.addPage([612, 792]);
  doc.context.register(doc.context.stream(randomBytes(1024 * 1024)));
  pdf = await doc.save();
  signature = `data:image/png;base64,${Buffer.from(await makeSignaturePng(300, 100)).toString('base64')}`;
});
after(() => s3.close());

async function upload(world: Pick<SigningWorld, 'app'>, token: string): Promise<Template> {
  const form = new FormData();
  form.set('file', new Blob([pdf], { type: 'application/pdf' }), 'offer.pdf');
  form.set('name', 'Offer to purchase');
  form.set('roles', JSON.stringify(ROLES));
  form.set('fields', JSON.stringify(FIELDS));
  const res = await world.app.request('/v1/templates', {
    method: 'POST',
    headers: bearer(token),
    body: form,
  });
  assert.equal(res.status, 201, await res.clone().text());
  return (await res.json()) as Template;
}

/** Sends a session of `template` to one buyer and signs it; the party's outcome. */
async function signed(world: SigningWorld, template: Template, email: string) {
  const session = await createSession(world.app, world.token, {
    templateId: template.id,
    parties: [{ role: 'buyer', name: 'Zoe Lukasz', email }],
    send: true,
  });
  const party = linkTokenFor(await deliveredEmails(world.db, world.config, world.time), email);
  const view = (await (
    await world.app.request('/v1/party', { headers: bearer(party) })
  ).json()) as PartyView;
  const done = await world.app.request(
    '/v1/party/complete',
    partyJson('POST', party, {
      consent: { accepted: true, disclosureVersion: view.consent.version },
      signatures: { buyer_signature: signature },
    }),
  );
  assert.equal(done.status, 200, await done.clone().text());
  const outcome = (await done.json()) as PartyOutcome;
  assert.equal(outcome.status, 'completed');
  return { session, view, documentUrl: outcome.documentUrl ?? '' };
}

describe('blobs on S3 (s3rver on loopback)', () => {
  let world: SigningWorld;
  before(async () => {
    world = await signingWorld({ ...s3.env('api'), BLOB_STORE_URL_TTL_SECONDS: '2' });
  });
  after(() => world.close());

  test('a PDF uploaded, signed and downloaded sealed: every byte lives in the bucket under its account', async () => {
    const template = await upload(world, world.token);
    const stored = await s3.keys(`api/${world.accountId}/`);
    // The PDF and its page image, none of them left in the database.
    assert.equal(stored.length, 2, stored.join(', '));
    const { session, view, documentUrl } = await signed(world, template, 'zoe@example.com');

    const image = await world.app.request(view.pages[0]?.imageUrl ?? '');
    assert.equal(image.status, 200, 'page images are served through the API, as before');
    assert.equal(image.headers.get('content-type'), 'image/webp');
    assert.ok((await image.arrayBuffer()).byteLength > 1000);

    const link = await world.app.request(documentUrl);
    assert.equal(link.status, 302, 'the emailed download link goes to the bucket');
    const location = link.headers.get('location') ?? '';
    assert.ok(location.startsWith(`${s3.endpoint}/signport-blobs/api/${world.accountId}/`));
    const fromBucket = await fetch(location);
    assert.equal(fromBucket.status, 200);
    assert.equal(fromBucket.headers.get('content-type'), 'application/pdf');
    assert.match(
      fromBucket.headers.get('content-disposition') ?? '',
      /^attachment; filename="Offer to purchase\.pdf"/,
    );
    const sealed = new Uint8Array(await fromBucket.arrayBuffer());
    assert.equal(Buffer.from(sealed.subarray(0, 5)).toString(), '%PDF-');
    assert.ok(sealed.byteLength > pdf.byteLength, 'the sealed copy holds the original and more');
    assert.equal(sha256(sealed), link.headers.get('x-document-sha256'));

    // The sender's element fetches with its token: streamed by the API, the same bytes.
    const streamed = await world.app.request(`/v1/sessions/${session.id}/document.pdf`, {
      headers: bearer(world.token),
    });
    assert.equal(streamed.status, 200);
    assert.equal(streamed.headers.get('content-length'), String(sealed.byteLength));
    assert.equal(sha256(new Uint8Array(await streamed.arrayBuffer())), sha256(sealed));
    assert.equal(
      (await s3.keys(`api/${world.accountId}/`)).length,
      3,
      'the sealed PDF is there too',
    );
  });

  test('another account finds none of these blobs, and its own keys stay under its own id', async () => {
    const template = await upload(world, world.token);
    const other = await seedAccount(world, 'Harbor Homes', ['https://www.harbor.test']);
    const otto = await userWithToken(world.app, other.secretKey, 'otto');
    const own = await upload(world, otto.token);

    const pageOfOther = await world.app.request(`/v1/templates/${template.id}/pages/1`, {
      headers: bearer(otto.token),
    });
    assert.equal(pageOfOther.status, 404);
    const ownPage = await world.app.request(`/v1/templates/${own.id}/pages/1`, {
      headers: bearer(otto.token),
    });
    assert.equal(ownPage.status, 200);

    const mine = await s3.keys(`api/${other.accountId}/`);
    assert.equal(mine.length, 2);
    const everyKey = await s3.keys('api/');
    assert.ok(
      everyKey.every((key) => key.startsWith(`api/${world.accountId}/`) || mine.includes(key)),
    );
  });

  test('a download URL from the bucket stops working once it expires', async () => {
    const template = await upload(world, world.token);
    const { documentUrl } = await signed(world, template, 'late@example.com');
    const location = (await world.app.request(documentUrl)).headers.get('location') ?? '';
    assert.equal((await fetch(location)).status, 200);
    await new Promise((resolve) => setTimeout(resolve, 3100));
    const expired = await fetch(location);
    assert.equal(expired.status, 403);
    assert.match(await expired.text(), /expired/i);
    // The link the party holds still works: it hands out a fresh URL.
    const again = await world.app.request(documentUrl);
    assert.equal((await fetch(again.headers.get('location') ?? '')).status, 200);
  });
});

describe('copying database blobs to S3', () => {
  let world: SigningWorld;
  before(async () => {
    world = await signingWorld();
  });
  after(() => world.close());

  test('copies every blob once, a second run copies nothing, and the server then reads them from S3', async () => {
    const template = await upload(world, world.token);
    const { session } = await signed(world, template, 'moved@example.com');
    const before = await world.app.request(`/v1/sessions/${session.id}/document.pdf`, {
      headers: bearer(world.token),
    });
    const sealedSha = sha256(new Uint8Array(await before.arrayBuffer()));
    const s3Config = testConfig(s3.env('moved'));
    const copy = (...flags: string[]) =>
      runCommand(['blobs', 'copy-to-s3', ...flags], {
        ...world,
        clock: world.time.clock,
        config: s3Config,
      });

    // PDF, page image, sealed PDF.
    const first = (await copy()) as CopyBlobsReport;
    assert.deepEqual(
      { ...first, bytesCopied: undefined },
      {
        copied: 3,
        bytesCopied: undefined,
        alreadyInS3: 0,
        removedFromDatabase: 0,
        stillInDatabase: 3,
      },
    );
    assert.ok(first.bytesCopied > 2 * pdf.byteLength);
    assert.equal((await s3.keys(`moved/${world.accountId}/`)).length, 3);
    assert.deepEqual(await copy(), {
      copied: 0,
      bytesCopied: 0,
      alreadyInS3: 3,
      removedFromDatabase: 0,
      stillInDatabase: 3,
    });
    assert.deepEqual(await copy('--delete-from-database'), {
      copied: 0,
      bytesCopied: 0,
      alreadyInS3: 3,
      removedFromDatabase: 3,
      stillInDatabase: 0,
    });

    // The same database served with BLOB_STORE=s3: the bytes can only come from the bucket now.
    const onS3 = await signingWorldOn(world, s3Config);
    const after = await onS3.request(`/v1/sessions/${session.id}/document.pdf`, {
      headers: bearer(world.token),
    });
    assert.equal(after.status, 200);
    assert.equal(sha256(new Uint8Array(await after.arrayBuffer())), sealedSha);
    const page = await onS3.request(`/v1/templates/${template.id}/pages/1`, {
      headers: bearer(world.token),
    });
    assert.equal(page.status, 200);
  });

  test('copying needs BLOB_STORE=s3://…', async () => {
    await assert.rejects(
      runCommand(['blobs', 'copy-to-s3'], {
        ...world,
        clock: world.time.clock,
        config: world.config,
      }),
      (error: Error) =>
        error instanceof ConfigError && /BLOB_STORE: set it to s3:\/\/bucket/.test(error.message),
    );
  });
});

function signingWorldOn(world: SigningWorld, config: ReturnType<typeof testConfig>) {
  return createApp({ db: world.db, config, clock: world.time.clock });
}

describe('bad BLOB_STORE configuration', () => {
  const refused = (env: Record<string, string>) => {
    try {
      loadConfig({ NODE_ENV: 'test', ...env });
    } catch (error) {
      assert.ok(error instanceof ConfigError);
      return error.message;
    }
    return 'accepted';
  };

  test('is refused when the configuration is read, naming the variable', () => {
    assert.equal(
      refused({ BLOB_STORE: 'minio://blobs' }),
      'BLOB_STORE: expected "database" or "s3://bucket[/prefix]", got "minio://blobs"',
    );
    assert.match(
      refused({ BLOB_STORE: 's3://My_Bucket' }),
      /^BLOB_STORE: "My_Bucket" is not a bucket name/,
    );
    assert.match(
      refused({ BLOB_STORE: 's3://blobs' }),
      /^BLOB_STORE_REGION: required with BLOB_STORE=s3/,
    );
    assert.match(
      refused({
        BLOB_STORE: 's3://blobs',
        BLOB_STORE_REGION: 'us-east-1',
        BLOB_STORE_ENDPOINT: 'localhost:9000',
      }),
      /^BLOB_STORE_ENDPOINT: expected http\(s\):\/\/host\[:port\]/,
    );
    assert.match(
      refused({
        BLOB_STORE: 's3://blobs',
        BLOB_STORE_REGION: 'us-east-1',
        BLOB_STORE_ACCESS_KEY_ID: 'AK',
      }),
      /^BLOB_STORE_SECRET_ACCESS_KEY: set BLOB_STORE_ACCESS_KEY_ID and BLOB_STORE_SECRET_ACCESS_KEY together/,
    );
    assert.match(
      refused({ BLOB_STORE_REGION: 'us-east-1' }),
      /^BLOB_STORE_REGION: only applies with BLOB_STORE=s3/,
    );
    assert.match(
      refused({ ...s3.env(), BLOB_STORE_URL_TTL_SECONDS: '0' }),
      /^BLOB_STORE_URL_TTL_SECONDS:/,
    );
  });

  test('stops the start when the bucket cannot be used, saying why', async () => {
    const start = (env: Record<string, string>) =>
      startServer({
        ...testConfig({ ...s3.env(), ...env }),
        port: 0,
        databaseUrl: ':memory:',
      }).then(
        async (server) => {
          await server.close();
          return 'started';
        },
        (error: Error) => error.message,
      );
    assert.equal(
      await start({ BLOB_STORE: 's3://no-such-bucket' }),
      `BLOB_STORE: bucket "no-such-bucket" at ${s3.endpoint} cannot be used: no such bucket`,
    );
    assert.match(
      await start({ BLOB_STORE_ACCESS_KEY_ID: 'WRONG' }),
      /^BLOB_STORE: bucket "signport-blobs" at .* cannot be used: access denied \(check BLOB_STORE_ACCESS_KEY_ID/,
    );
    assert.match(
      await start({ BLOB_STORE_ENDPOINT: 'http://127.0.0.1:9' }),
      /^BLOB_STORE: bucket "signport-blobs" at http:\/\/127\.0\.0\.1:9 cannot be used: .*ECONNREFUSED/,
    );
    assert.equal(await start({}), 'started');
  });
});
