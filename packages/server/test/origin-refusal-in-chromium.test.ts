import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, type TestContext } from 'node:test';
import ts from 'typescript';
import { launchChromium } from './support/chromium.js';
import { serveApp } from './support/serve-app.js';
import { seedAccount, testApp, userWithToken } from './support/test-server.js';

// The client the elements use, in a real browser, on a page of an origin the account does not
// allow: the browser refuses the preflight, and the error names the origin and the allowlist.

const CLIENT_FILES = ['api-client', 'api-error', 'retry-after'];
const clientDir = new URL('../../core/src/client/', import.meta.url);

/** Serves the core client (as plain ES modules) and a page calling `GET /v1/me` with it. */
async function serveHostPage(t: TestContext, apiUrl: string, token: string): Promise<string> {
  const modules = new Map(
    CLIENT_FILES.map((name) => [
      `/${name}.js`,
      ts.transpileModule(readFileSync(new URL(`${name}.ts`, clientDir), 'utf8'), {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      }).outputText,
    ]),
  );
  const page = `<!doctype html><title>Host</title>
<script type="module">
  import { ApiClient } from './api-client.js';
  const api = new ApiClient({ baseUrl: ${JSON.stringify(apiUrl)}, token: ${JSON.stringify(token)} });
  window.result = api.me().then(() => 'answered', (error) => error.code + ': ' + error.message);
</script>`;
  const server = createServer((request, response) => {
    const module = modules.get(request.url ?? '');
    if (module) response.writeHead(200, { 'content-type': 'text/javascript' }).end(module);
    else response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => {
    server.closeAllConnections();
    server.close();
  });
  return `http://localhost:${(server.address() as AddressInfo).port}`;
}

test('a page on an origin that is not allowed is told which origin to add', async (t) => {
  const ctx = await testApp(t);
  const { secretKey } = await seedAccount(ctx, 'Shoreline', ['https://www.shoreline.test']);
  const { token } = await userWithToken(ctx.app, secretKey);
  const apiUrl = await serveApp(t, ctx.app);
  const browser = await launchChromium();
  t.after(() => browser.close());

  const result = async (api: string) => {
    const hostOrigin = await serveHostPage(t, api, token);
    const page = await browser.newPage();
    await page.goto(hostOrigin);
    const text = await page.evaluate(
      () => (globalThis as unknown as { result: Promise<string> }).result,
    );
    await page.close();
    return { hostOrigin, text };
  };

  const refused = await result(apiUrl);
  assert.equal(
    refused.text,
    `origin_not_allowed: Add this page’s origin (${refused.hostOrigin}) to the Signport account’s allowed origins.`,
  );

  // A server that does not answer at all is still a network problem.
  const down = await result('http://127.0.0.1:9');
  assert.match(down.text, /^network_error: Could not reach the signing service/);
});

test('GET /v1/origin-check is readable from any origin and tells allowed from refused', async (t) => {
  const ctx = await testApp(t);
  await seedAccount(ctx, 'Shoreline', ['https://www.shoreline.test']);
  const check = async (origin?: string) => {
    const res = await ctx.app.request('/v1/origin-check', {
      headers: origin ? { origin } : {},
    });
    assert.equal(res.status, 200);
    if (origin) assert.equal(res.headers.get('access-control-allow-origin'), '*');
    return res.json();
  };
  assert.deepEqual(await check('https://evil.test'), {
    origin: 'https://evil.test',
    allowed: false,
  });
  assert.deepEqual(await check('https://www.shoreline.test'), {
    origin: 'https://www.shoreline.test',
    allowed: true,
  });
  assert.deepEqual(await check(), { origin: null, allowed: true });
});
