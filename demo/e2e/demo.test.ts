import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { Me } from '@signport/core';
import { demoUsers } from '../src/demo-users.js';
import type { DemoCredentials } from '../src/seed/credentials.js';
import { findFreePort } from '../src/ports.js';
import { startDemo, type RunningDemo } from '../src/start-demo.js';
import { launchChromium } from '../../packages/server/test/support/chromium.js';
import { serveForeignSite } from './foreign-site.js';

/** Waits until the home page's Signport line has settled (signed in or failed); returns its text. */
async function signportStatus(page: Page): Promise<string> {
  const status = page.locator('[data-signport-me]:not([data-state="loading"])');
  await status.waitFor();
  return (await status.textContent()) ?? '';
}

describe('the demo on two origins', () => {
  let workDir: string;
  let demo: RunningDemo | undefined;
  let browser: Browser | undefined;
  const databaseUrl = () => `file:${join(workDir, 'demo.db')}`;
  const credentialsPath = () => join(workDir, 'demo-credentials.json');
  const readStoredCredentials = async () =>
    JSON.parse(await readFile(credentialsPath(), 'utf8')) as DemoCredentials;
  const start = (demoPort = 0) =>
    startDemo({
      demoPort,
      apiPort: 0,
      databaseUrl: databaseUrl(),
      credentialsPath: credentialsPath(),
      quiet: true,
    });
  const running = (): RunningDemo => {
    assert.ok(demo, 'the demo is running');
    return demo;
  };
  const newPage = async (): Promise<Page> => {
    assert.ok(browser, 'the browser is running');
    return browser.newPage({ viewport: { width: 1280, height: 900 } });
  };

  before(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'signport-demo-e2e-'));
    demo = await start();
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await demo?.close();
    await rm(workDir, { recursive: true, force: true });
  });

  test('the home page is signed in to Signport through a token from the demo backend', async () => {
    const { demoUrl, apiUrl } = running();
    const page = await newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    const meResponse = page.waitForResponse(`${apiUrl}/v1/me`);
    await page.goto(demoUrl);

    // The elements bundle came from the API's origin and the page gave the provider its tokens.
    await page.waitForFunction(() => customElements.get('signport-provider') !== undefined);
    const providerHasTokenProvider = await page.evaluate(
      () =>
        typeof (document.querySelector('signport-provider') as { tokenProvider?: unknown } | null)
          ?.tokenProvider,
    );
    assert.equal(providerHasTokenProvider, 'function');

    assert.equal(
      await signportStatus(page),
      'Signed in to Signport as Betty Agent (Shoreline Realty)',
    );
    const response = await meResponse;
    assert.equal(response.status(), 200);
    assert.equal(await response.headerValue('access-control-allow-origin'), demoUrl);

    await Promise.all([page.waitForNavigation(), page.selectOption('#demo-user', 'alice')]);
    assert.equal(
      await signportStatus(page),
      'Signed in to Signport as Alice Agent (Shoreline Realty)',
    );
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  test('the seed mirrors Betty, Bernie and Alice with their branding', async () => {
    const { demoUrl, apiUrl } = running();
    const { secretKey } = await readStoredCredentials();
    for (const person of demoUsers) {
      const minted = await fetch(`${apiUrl}/v1/embed-tokens`, {
        method: 'POST',
        headers: { authorization: `Bearer ${secretKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ externalId: person.externalId }),
      });
      assert.equal(minted.status, 201, person.name);
      const { token } = (await minted.json()) as { token: string };
      const me = (await (
        await fetch(`${apiUrl}/v1/me`, { headers: { authorization: `Bearer ${token}` } })
      ).json()) as Me;
      assert.equal(me.user.name, person.name);
      assert.equal(me.user.email, person.email);
      assert.equal(me.account.name, 'Shoreline Realty');
      assert.equal(me.user.branding.color, person.color);
      assert.equal(me.user.branding.signatureBlock, person.signatureBlock);
      assert.equal(me.user.branding.logoUrl, `${demoUrl}/assets/logos/${person.externalId}.svg`);
      const logo = await fetch(me.user.branding.logoUrl ?? '');
      assert.equal(logo.headers.get('content-type'), 'image/svg+xml');
      assert.match(await logo.text(), new RegExp(`>${person.initials}</text>`));
    }
  });

  test('the secret key never reaches the browser', async () => {
    const { demoUrl } = running();
    const { secretKey } = await readStoredCredentials();
    assert.match(secretKey, /\S{16,}/);
    for (const path of [
      '/',
      '/assets/page.js',
      '/sign',
      '/client-login',
      '/portal',
      '/team-plans',
    ]) {
      const body = await (await fetch(`${demoUrl}${path}`)).text();
      assert.ok(!body.includes(secretKey), `${path} does not contain the secret key`);
    }
    const issued = (await (
      await fetch(`${demoUrl}/api/embed-token`, { method: 'POST' })
    ).json()) as {
      token: string;
    };
    assert.ok(!JSON.stringify(issued).includes(secretKey));
    assert.equal(issued.token.split('.').length, 3, 'an embed token is a JWT');
  });

  test('a page on an origin outside the allowlist is refused by the browser', async () => {
    const { demoUrl, apiUrl } = running();
    const { token } = (await (
      await fetch(`${demoUrl}/api/embed-token`, { method: 'POST' })
    ).json()) as {
      token: string;
    };
    const foreign = await serveForeignSite(apiUrl, token);
    try {
      const page = await newPage();
      await page.goto(foreign.origin);
      const result = await page.evaluate(
        () => (window as unknown as { meResult: Promise<string> }).meResult,
      );
      assert.equal(result, 'rejected: TypeError');
      await page.close();

      // The same preflight the browser sends: answered for the demo origin, not for the other one.
      const preflight = (origin: string) =>
        fetch(`${apiUrl}/v1/me`, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'GET',
            'access-control-request-headers': 'authorization',
          },
        });
      assert.equal((await preflight(demoUrl)).headers.get('access-control-allow-origin'), demoUrl);
      assert.equal(
        (await preflight(foreign.origin)).headers.get('access-control-allow-origin'),
        null,
      );
      const direct = await fetch(`${apiUrl}/v1/me`, {
        headers: { origin: foreign.origin, authorization: `Bearer ${token}` },
      });
      assert.equal(direct.headers.get('access-control-allow-origin'), null);
    } finally {
      await foreign.close();
    }
  });

  test('the footer links to the dev mailbox, which loads', async () => {
    const { demoUrl, mailboxUrl } = running();
    const page = await newPage();
    await page.goto(demoUrl);
    const [response] = await Promise.all([
      page.waitForNavigation(),
      page.locator('footer').getByRole('link', { name: 'Dev mailbox' }).click(),
    ]);
    assert.equal(page.url(), mailboxUrl);
    assert.equal(response?.status(), 200);
    assert.match((await page.locator('h1').first().textContent()) ?? '', /mailbox|outbox/i);
    await page.close();
  });

  test('every page lays out on desktop and on a 375 px phone', async (t) => {
    const { demoUrl } = running();
    const screenshots = process.env.SIGNPORT_SCREENSHOTS ?? join(workDir, 'screenshots');
    await mkdir(screenshots, { recursive: true });
    const page = await newPage();
    for (const path of [
      '/',
      '/sign',
      '/send-on-behalf',
      '/client-login',
      '/clients',
      '/tasks',
      '/team-plans',
    ]) {
      const response = await page.goto(`${demoUrl}${path}`);
      assert.equal(response?.status(), 200, path);
      assert.equal(await page.locator('nav [aria-current="page"]').count(), 1, path);
      // "Sign a document" shows its element only to a party (signing.test.ts covers it).
      if (path !== '/' && path !== '/sign') {
        assert.equal(await page.locator('[data-element-slot]').count(), 1, path);
      }
    }

    await page.goto(demoUrl);
    await signportStatus(page);
    await page.screenshot({ path: join(screenshots, 'home-desktop.png'), fullPage: true });
    await page.setViewportSize({ width: 375, height: 812 });
    await page.screenshot({ path: join(screenshots, 'home-mobile.png'), fullPage: true });
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(pageWidth <= 375, `no sideways scrolling at 375 px (page is ${pageWidth} px wide)`);
    t.diagnostic(`screenshots in ${screenshots}`);
    await page.close();
  });

  test('close() stops both servers, and a restart reuses the seeded account', async () => {
    const first = running();
    const seeded = await readStoredCredentials();
    await first.close();
    demo = undefined;
    for (const url of [first.demoUrl, `${first.apiUrl}/healthz`]) {
      await assert.rejects(fetch(url), `${url} no longer answers`);
    }

    // Another port for the site: the restart must also allow the new origin on the account.
    let demoPort = await findFreePort();
    while (first.demoUrl.endsWith(`:${demoPort}`)) demoPort = await findFreePort();
    demo = await start(demoPort);
    const restarted = await readStoredCredentials();
    assert.equal(restarted.accountId, seeded.accountId);
    assert.deepEqual(restarted.origins, [...seeded.origins, demo.demoUrl]);

    const page = await newPage();
    await page.goto(demo.demoUrl);
    assert.equal(
      await signportStatus(page),
      'Signed in to Signport as Betty Agent (Shoreline Realty)',
    );
    await page.close();
  });
  test('after the database is reset, the next start seeds a fresh account', async () => {
    const { accountId: previousAccount } = await readStoredCredentials();
    await running().close();
    demo = undefined;
    for (const file of ['demo.db', 'demo.db-wal', 'demo.db-shm']) {
      await rm(join(workDir, file), { force: true });
    }

    demo = await start();
    const reseeded = await readStoredCredentials();
    assert.notEqual(reseeded.accountId, previousAccount);
    assert.deepEqual(reseeded.origins, [demo.demoUrl]);

    const page = await newPage();
    await page.goto(demo.demoUrl);
    assert.equal(
      await signportStatus(page),
      'Signed in to Signport as Betty Agent (Shoreline Realty)',
    );
    await page.close();
  });
});
