import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { createAccount, loadConfig, migrate, openDatabase, startServer } from '@signport/server';

const elementsDir = fileURLToPath(new URL('../../elements', import.meta.url));

/** Each element's `signport-*` events as its custom-elements.json declares them (built here). */
function declaredEvents(): Record<string, string[]> {
  const built = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: elementsDir });
  assert.equal(built.status, 0, built.stderr.toString());
  const manifest = JSON.parse(readFileSync(join(elementsDir, 'custom-elements.json'), 'utf8')) as {
    modules: Array<{
      declarations?: Array<{ tagName?: string; events?: Array<{ name: string }> }>;
    }>;
  };
  const events: Record<string, string[]> = {};
  for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
    if (declaration.tagName)
      events[declaration.tagName] = (declaration.events ?? []).map((event) => event.name);
  }
  return events;
}

async function bundleApp(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./fixture/app.tsx', import.meta.url))],
    bundle: true,
    format: 'esm',
    write: false,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  return result.outputFiles[0]!.text;
}

/** Serves the React page from its own origin, as a host site would. */
async function servePage(script: string, events: Record<string, string[]>) {
  const html = `<!doctype html><html lang="en"><body><div id="root"></div>
<script type="application/json" id="events">${JSON.stringify(events)}</script>
<script type="module" src="/app.js"></script></body></html>`;
  const server = createServer((request, response) => {
    const isScript = request.url === '/app.js';
    response.writeHead(200, { 'content-type': isScript ? 'text/javascript' : 'text/html' });
    response.end(isScript ? script : html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}

/** A real Signport server on a file database, with an account that allows the page's origin. */
async function startApi(pageOrigin: string) {
  const dir = mkdtempSync(join(tmpdir(), 'signport-react-'));
  const databaseUrl = `file:${join(dir, 'signport.db')}`;
  const opened = await openDatabase({ url: databaseUrl });
  await migrate(opened.db);
  const account = await createAccount(
    opened.db,
    { name: 'Harbor Homes', origins: [pageOrigin] },
    () => new Date(),
  );
  await opened.close();
  const server = await startServer(
    loadConfig({
      PORT: '0',
      DATABASE_URL: databaseUrl,
      PUBLIC_URL: 'http://localhost',
      SIGNPORT_SECRET: 'react-components-test-secret-of-32-chars',
    }),
  );
  const asHost = (path: string, method: string, body: unknown) =>
    fetch(`${server.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${account.secretKey}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  await asHost('/v1/users/hana', 'PUT', { name: 'Hana Host', email: 'hana@harbor.test' });
  const minted = (await (
    await asHost('/v1/embed-tokens', 'POST', { externalId: 'hana' })
  ).json()) as {
    token: string;
  };
  return {
    url: server.url,
    token: minted.token,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

test('the React components pass props to the elements and every declared event to React', async (t) => {
  const events = declaredEvents();
  const page = await servePage(await bundleApp(), events);
  t.after(page.close);
  const api = await startApi(page.origin);
  t.after(api.close);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  t.after(() => browser.close());
  const tab = await browser.newPage();
  const errors: string[] = [];
  tab.on('pageerror', (error) => errors.push(error.message));

  await tab.goto(`${page.origin}/?api=${encodeURIComponent(api.url)}&token=${api.token}`);

  // Props reach the element: the provider's api and token provider load the real senders list.
  const option = tab.locator('sender-picker').getByRole('radio', { name: /Hana Host/ });
  await option.waitFor();
  assert.equal(await tab.locator('sender-picker').getAttribute('name'), 'senderId');

  // A real event: saving the sender reaches the React handler with the server's user.
  await tab.locator('sender-picker').getByRole('button', { name: 'Save' }).click();
  const saved = await tab.waitForFunction(() =>
    window.heard.find((entry) => entry.type === 'signport-sender-change'),
  );
  const change = (await saved.jsonValue()) as {
    prop: string;
    detail: { sender: { name: string } };
  };
  assert.deepEqual(
    [change.prop, change.detail.sender.name],
    ['onSignportSenderChange', 'Hana Host'],
  );

  // Every event each element declares reaches its React prop.
  const tags = Object.keys(events).filter((tag) => tag !== 'signport-provider');
  assert.ok(tags.length >= 8, `elements found: ${tags.join(', ')}`);
  const dispatched = await tab.evaluate((declared) => {
    window.heard = [];
    const sent: string[] = [];
    for (const [tag, names] of Object.entries(declared)) {
      const element = document.querySelector(tag);
      for (const name of names) {
        element?.dispatchEvent(new CustomEvent(name, { detail: { probe: `${tag}/${name}` } }));
        sent.push(`${tag}/${name}`);
      }
    }
    return sent;
  }, events);
  const heard = await tab.evaluate(() =>
    window.heard
      .map((entry) => (entry.detail as { probe?: string } | null)?.probe)
      .filter((probe): probe is string => Boolean(probe)),
  );
  assert.deepEqual(heard.sort(), dispatched.sort());
  assert.ok(dispatched.length >= 15, `events checked: ${dispatched.length}`);
  assert.deepEqual(errors, []);
});
