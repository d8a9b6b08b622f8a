import assert from 'node:assert/strict';
import type { TestContext } from 'node:test';
import { describe, test } from 'node:test';
import { loadImage } from '@napi-rs/canvas';
import type { Template } from '@signport/core';
import {
  decompressionBombPdf,
  hugeImagePdf,
  hugePageCountPdf,
  longDocumentPdf,
  manyRectanglesPdf,
  pageOfSizePdf,
} from './fixtures/make-hostile-pdfs.js';
import { healthLatenciesDuring, uploadOverHttp } from './support/http-server.js';
import { serveApp } from './support/serve-app.js';
import { runJobs } from './support/signing.js';
import {
  bearer,
  json,
  seedAccount,
  testApp,
  testConfig,
  userWithToken,
  type TestApp,
} from './support/test-server.js';

/** Generous for 2 busy cores; an upload on the event loop used to hold every request for seconds. */
const HEALTHZ_BOUND_MS = 1000;

interface Uploader extends TestApp {
  url: string;
  token: string;
  upload(pdf: Uint8Array): Promise<Response>;
}

async function uploader(t: TestContext, env: Record<string, string> = {}): Promise<Uploader> {
  const world = await testApp(t, { config: testConfig(env) });
  const account = await seedAccount(world);
  const { token } = await userWithToken(world.app, account.secretKey);
  const url = await serveApp(t, world.app);
  return { ...world, url, token, upload: (pdf) => uploadOverHttp(url, token, pdf) };
}

/** Uploads `pdf` while timing /healthz; fails if any health check waited past the bound. */
async function uploadWhileProbing(world: Uploader, pdf: Uint8Array) {
  const upload = world.upload(pdf);
  const latencies = await healthLatenciesDuring(world.url, upload);
  const res = await upload;
  const slowest = Math.max(0, ...latencies);
  assert.ok(slowest < HEALTHZ_BOUND_MS, `/healthz took ${Math.round(slowest)} ms`);
  return {
    res,
    body: (await res.json()) as Template & { error: { code: string; message: string } },
  };
}

async function getTemplate(world: Uploader, id: string): Promise<Template> {
  const res = await fetch(`${world.url}/v1/templates/${id}`, { headers: bearer(world.token) });
  assert.equal(res.status, 200);
  return (await res.json()) as Template;
}

function startSession(world: Uploader, templateId: string) {
  return world.app.request(
    '/v1/sessions',
    json(
      'POST',
      { templateId, parties: [{ role: 'signer', name: 'Sam Signer', email: 'sam@example.com' }] },
      bearer(world.token),
    ),
  );
}

describe('hostile PDF uploads', () => {
  test('each is refused with its code and limit while /healthz keeps answering', async (t) => {
    const world = await uploader(t);
    const corpus = [
      {
        name: '100k rectangles',
        pdf: manyRectanglesPdf(100_000),
        code: 'pdf_too_complex',
        limit: '100000 drawing operations',
      },
      {
        name: '2M rectangles',
        pdf: manyRectanglesPdf(2_000_000),
        code: 'pdf_too_complex',
        limit: '16 MB',
      },
      {
        name: 'compression bomb',
        pdf: await decompressionBombPdf(),
        code: 'pdf_too_complex',
        limit: '16 MB',
      },
      {
        name: '8M-page tree',
        pdf: hugePageCountPdf(),
        code: 'pdf_too_many_pages',
        limit: '1000 pages',
      },
      {
        name: '100,000 pt page',
        pdf: pageOfSizePdf(100_000, 100_000),
        code: 'pdf_page_too_large',
        limit: '14400 pt',
      },
      { name: 'huge image', pdf: hugeImagePdf(), code: 'pdf_too_complex', limit: '50 megapixels' },
    ];
    const rssBefore = process.memoryUsage().rss;
    for (const { name, pdf, code, limit } of corpus) {
      const { res, body } = await uploadWhileProbing(world, pdf);
      assert.equal(res.status, 422, `${name}: ${JSON.stringify(body)}`);
      assert.equal(body.error.code, code, name);
      assert.ok(body.error.message.includes(limit), `${name}: ${body.error.message}`);
    }
    // The bomb inflates to 256 MB and the 2M rectangles to 26 MB if read without a cap.
    const grownMb = (process.memoryUsage().rss - rssBefore) / 1024 / 1024;
    assert.ok(grownMb < 200, `the server grew by ${Math.round(grownMb)} MB`);
    const list = await fetch(`${world.url}/v1/templates`, { headers: bearer(world.token) });
    assert.deepEqual(((await list.json()) as { items: unknown[] }).items, []);
  });

  test('a 3 × 14,400 pt page is a valid document, drawn at a capped pixel size', async (t) => {
    const world = await uploader(t);
    const { res, body } = await uploadWhileProbing(world, pageOfSizePdf(3, 14_400));
    assert.equal(res.status, 201, JSON.stringify(body));
    assert.equal(body.status, 'ready');
    assert.deepEqual(
      { width: body.pages[0]?.width, height: body.pages[0]?.height },
      { width: 3, height: 14_400 },
    );
    const image = await fetch(new URL(body.pages[0]?.imageUrl ?? '', world.url));
    assert.equal(image.status, 200);
    const { width, height } = await loadImage(Buffer.from(await image.arrayBuffer()));
    assert.ok(height <= 4 * 1224 && height > 4000, `${width} × ${height} px`);
  });

  test('rendering past its time limit is refused as too complex', async (t) => {
    const world = await uploader(t, { PDF_RENDER_TIMEOUT_MS_PER_PAGE: '100' });
    // 90,000 operators: within the operator cap, but far more than 100 ms of drawing.
    const { res, body } = await uploadWhileProbing(world, manyRectanglesPdf(45_000));
    assert.equal(res.status, 422, JSON.stringify(body));
    assert.equal(body.error.code, 'pdf_too_complex');
    assert.match(body.error.message, /longer than 0\.1 s/);
  });

  test('an account gets only its share of the PDF workers', async (t) => {
    const world = await uploader(t, { PDF_WORKERS_PER_ACCOUNT: '1' });
    // Checking 300 pages keeps a worker busy long enough for the second upload to find it so.
    const pdf = await longDocumentPdf(300);
    const answers = await Promise.all([world.upload(pdf), world.upload(pdf)]);
    const statuses = answers.map((res) => res.status).sort();
    assert.deepEqual(statuses, [201, 429]);
    const busy = answers.find((res) => res.status === 429);
    const { error } = (await busy?.json()) as { error: { code: string; message: string } };
    assert.equal(error.code, 'pdf_busy');
    assert.match(error.message, /already has 1 PDF being processed/);
    assert.equal(busy?.headers.get('retry-after'), '5');
  });
});

describe('long documents', () => {
  test('600 pages answer at once as processing; sessions wait; 1,001 pages are refused', async (t) => {
    const world = await uploader(t);
    const started = performance.now();
    const { res, body } = await uploadWhileProbing(world, await longDocumentPdf(600));
    assert.equal(res.status, 201, JSON.stringify(body));
    assert.ok(performance.now() - started < 15_000, 'answered before any proxy would give up');
    assert.equal(body.status, 'processing');
    assert.deepEqual(body.progress, { pagesRendered: 0, pageCount: 600 });
    assert.equal(body.pages.length, 600);

    const session = await startSession(world, body.id);
    assert.equal(session.status, 409);
    const { error } = (await session.json()) as { error: { code: string; message: string } };
    assert.equal(error.code, 'template_not_ready');
    assert.match(error.message, /0 of 600 rendered/);

    const tooMany = await uploadWhileProbing(world, await longDocumentPdf(1001));
    assert.equal(tooMany.res.status, 422);
    assert.equal(tooMany.body.error.code, 'pdf_too_many_pages');
    assert.match(tooMany.body.error.message, /more than 1000 pages/);
  });

  test('pages render in the background job, with progress, until the template is ready', async (t) => {
    const world = await uploader(t);
    const { res, body } = await uploadWhileProbing(world, await longDocumentPdf(12));
    assert.equal(res.status, 201);
    assert.equal(body.status, 'processing');
    const pageImage = await fetch(new URL(body.pages[11]?.imageUrl ?? '', world.url));
    assert.equal(pageImage.status, 404, 'not rendered yet');

    await runJobs(world.db, world.config, world.time);
    const ready = await getTemplate(world, body.id);
    assert.equal(ready.status, 'ready');
    assert.deepEqual(ready.progress, { pagesRendered: 12, pageCount: 12 });
    assert.equal(ready.processingError, null);
    for (const page of ready.pages) {
      const image = await fetch(new URL(page.imageUrl, world.url));
      assert.equal(image.status, 200, `page ${page.number}`);
      assert.equal(image.headers.get('content-type'), 'image/webp');
    }
    assert.equal((await startSession(world, body.id)).status, 201);
  });

  test('a page refused in the background marks the template failed, with the reason', async (t) => {
    const world = await uploader(t, {
      TEMPLATE_INLINE_RENDER_PAGES: '0',
      PDF_RENDER_TIMEOUT_MS_PER_PAGE: '100',
    });
    const { res, body } = await uploadWhileProbing(world, manyRectanglesPdf(45_000));
    assert.equal(res.status, 201);
    assert.equal(body.status, 'processing');

    await runJobs(world.db, world.config, world.time);
    const failed = await getTemplate(world, body.id);
    assert.equal(failed.status, 'failed');
    assert.equal(failed.processingError?.code, 'pdf_too_complex');
    assert.match(failed.processingError?.message ?? '', /longer than 0\.1 s/);
    const session = await startSession(world, body.id);
    assert.equal(session.status, 409);
    assert.match(
      ((await session.json()) as { error: { message: string } }).error.message,
      /could not be prepared/,
    );
  });
});
