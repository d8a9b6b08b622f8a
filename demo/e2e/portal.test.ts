import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type {
  ClientDocumentList,
  ClientList,
  EmbedToken,
  FeedbackList,
  PortalAccessSettings,
  UnreadClientMessages,
} from '@signport/core';
import { listingAgreementName, olivia } from '../src/portal/shoreline-clients.js';
import type { DemoCredentials } from '../src/seed/credentials.js';
import type { RunningDemo } from '../src/start-demo.js';
import { startDemoUnderTest, type DemoUnderTest } from './demo-under-test.js';
import { readMailbox, waitForMessage, type MailboxMessage } from './mailbox.js';
import { runPdfTool } from './pdf-tools.js';

const alice = { name: 'Alice Agent', email: 'alice@shoreline-realty.example' };
const password = 'Sea breeze & 27 dune grasses!';
const buyers = [
  { first: 'Priya', last: 'Raman' },
  { first: 'Marcus', last: 'Webb' },
  { first: 'Hannah', last: 'Lindqvist' },
];
const message = 'Could we hold another open house next weekend?';

const REFRESH_COOKIE = '__Secure-signport_portal_refresh';

/** The refresh cookie's value in a browser profile, partitioned ones included (as a thief would copy it). */
async function refreshCookieOf(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { cookies } = (await cdp.send('Network.getAllCookies')) as {
    cookies: { name: string; value: string; partitionKey?: unknown }[];
  };
  await cdp.detach();
  const cookie = cookies.find((candidate) => candidate.name === REFRESH_COOKIE);
  assert.ok(cookie, 'the browser stored the refresh cookie');
  assert.ok(cookie.partitionKey, 'in the portal page’s partition');
  return cookie.value;
}

/**
 * A host page script that reads all it can: every response body the page's fetch gets, every
 * string reachable from `signport-login` events, and the page's storage and cookies. Plain text,
 * so that it runs in the page exactly as written.
 */
const spyAsHostScript = `
  const seen = [];
  window.hostSaw = () => [
    ...seen,
    document.cookie,
    JSON.stringify({ ...localStorage }),
    JSON.stringify({ ...sessionStorage }),
  ];
  const fetchOfPage = window.fetch;
  window.fetch = async (...args) => {
    const response = await fetchOfPage(...args);
    response.clone().text().then((text) => seen.push(text), () => undefined);
    return response;
  };
  const collect = (value, depth) => {
    if (typeof value === 'string') seen.push(value);
    if (!value || typeof value !== 'object' || depth > 5 || value instanceof Node) return;
    for (const key of Object.getOwnPropertyNames(value)) {
      try { collect(value[key], depth + 1); } catch { /* a throwing getter hides nothing */ }
    }
  };
  document.addEventListener('signport-login', (event) => collect(event.detail, 0));
`;

/** The set-password link of a login email. */
function portalLinkOf(email: MailboxMessage): string {
  const link = /Choose your password: (\S+)/.exec(email.text)?.[1];
  if (!link) throw new Error(`No set-password link in "${email.subject}"`);
  return link;
}

describe('the client portal on the demo site', () => {
  let screenshots: string;
  let demo: RunningDemo | undefined;
  let browser: Browser | undefined;
  let credentials: DemoCredentials;
  let oliviaId = '';
  /** Olivia's browser, kept open from activation until Alice sets her inactive. */
  let oliviaPage: Page | undefined;
  let oliviaContext: BrowserContext | undefined;
  const oliviaErrors: string[] = [];

  const running = (): RunningDemo => {
    assert.ok(demo, 'the demo is running');
    return demo;
  };
  /** A separate browser profile per person; `leave()` checks their page had no script errors. */
  const newPerson = async (width = 1280) => {
    assert.ok(browser, 'the browser is running');
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const leave = async () => {
      await context.close();
      assert.deepEqual(errors, [], 'no script errors on the page');
    };
    return { context, page, errors, leave };
  };
  /** Calls the API as Alice, with an embed token minted by the secret key as the demo's backend does. */
  const asAlice = async <T>(path: string): Promise<T> => {
    const { apiUrl } = running();
    const minted = await fetch(`${apiUrl}/v1/embed-tokens`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${credentials.secretKey}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ externalId: 'alice' }),
    });
    assert.equal(minted.status, 201);
    const { token } = (await minted.json()) as EmbedToken;
    const response = await fetch(`${apiUrl}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(response.status, 200, path);
    return (await response.json()) as T;
  };
  /** A page of the demo site, logged in through the demo's user switcher. */
  const openAs = async (page: Page, user: 'alice' | 'bernie', path = '/client-login') => {
    await page.goto(`${running().demoUrl}${path}`);
    await Promise.all([page.waitForNavigation(), page.selectOption('#demo-user', user)]);
  };
  /** Alice's "Client login" page. */
  const openAsAlice = (page: Page, path?: string) => openAs(page, 'alice', path);
  const shoot = (page: Page, name: string) =>
    page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
  const assertNoSidewaysScroll = async (page: Page) => {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 375, `no sideways scrolling at 375 px (page is ${width} px wide)`);
  };

  let harness: DemoUnderTest | undefined;
  before(async () => {
    harness = await startDemoUnderTest('portal');
    ({ screenshots, demo, credentials, browser } = harness);
  });

  after(async () => {
    await oliviaContext?.close();
    await harness?.close();
  });

  test('the seed gives Alice her clients, Olivia’s listing, its feedback and a shared PDF', async () => {
    const { items } = await asAlice<ClientList>('/v1/clients');
    assert.deepEqual(items.map((client) => [client.name, client.type, client.status]).sort(), [
      ['Ben Buyer', 'buyer', 'active'],
      ['Olivia Owner', 'owner', 'active'],
    ]);
    const owner = items.find((client) => client.email === olivia.email);
    assert.ok(owner);
    oliviaId = owner.id;
    assert.equal(owner.hasPortalAccess, false);
    assert.equal(owner.propertyIds.length, 1);

    const feedback = await asAlice<FeedbackList>(`/v1/properties/${owner.propertyIds[0]}/feedback`);
    assert.deepEqual(
      feedback.items.map((entry) => entry.buyerName).sort(),
      buyers.map(({ first, last }) => `${first} ${last}`).sort(),
      'the agent sees full names',
    );
    const documents = await asAlice<ClientDocumentList>(`/v1/clients/${owner.id}/documents`);
    assert.deepEqual(
      documents.items.map((document) => [document.name, document.contentType, document.accessible]),
      [[listingAgreementName, 'application/pdf', true]],
    );
    assert.deepEqual(await readMailbox(running().apiUrl), [], 'seeding sends no email');
  });

  test('another agent is told whose client Olivia is; Alice gets the setup', async () => {
    const { page, leave } = await newPerson();
    // Bernie works in the same office but is not Alice's assistant (Betty, who is, sees her clients).
    await openAs(page, 'bernie');
    assert.equal(await page.locator('portal-access-setup').count(), 0);
    assert.match(
      await page.locator('[data-access-unavailable]').innerText(),
      /Olivia Owner is Alice Agent's client/,
    );
    await page.locator('[data-client-list][data-state="ready"]').waitFor();
    assert.equal(
      await page.locator('[data-client-list]').innerText(),
      'No clients are assigned to you.',
    );
    await leave();
  });

  test('Alice sets up Olivia’s access and sends the login email from the page', async () => {
    const { page, leave } = await newPerson();
    await openAsAlice(page);
    const setup = page.locator('portal-access-setup');
    await setup.getByRole('checkbox', { name: 'Shared documents' }).waitFor();
    const grants = { 'Shared documents': true, 'Feedback report': true, Messages: true };
    for (const name of [
      'Shared documents',
      'Feedback report',
      'Showings',
      'Offers',
      'Messages',
      'Activity feed',
      'Completed signings',
    ]) {
      await setup.getByRole('checkbox', { name }).setChecked(name in grants);
    }
    await setup.getByRole('radio', { name: 'First name only' }).check();
    await setup.getByRole('button', { name: 'Save', exact: true }).click();
    await setup.getByText('Saved.').waitFor();
    await setup.getByRole('button', { name: 'Send Login Email' }).click();
    await setup.getByText(`Login email sent to ${olivia.email}.`, { exact: false }).waitFor();

    // The list follows: Olivia now has a login.
    const row = page.locator(`.client-item[data-client-id="${oliviaId}"]`);
    await row.getByText('portal login set up').waitFor();
    await shoot(page, 'client-login-desktop');
    await page.setViewportSize({ width: 375, height: 812 });
    await assertNoSidewaysScroll(page);
    await shoot(page, 'client-login-mobile');
    await leave();

    const settings = await asAlice<PortalAccessSettings>(`/v1/clients/${oliviaId}/portal-access`);
    assert.deepEqual(settings.grants.sort(), ['documents', 'feedback', 'messages']);
    assert.equal(settings.buyerNameDisplay, 'first_name');
    assert.equal(settings.username, olivia.email);
    assert.equal(settings.state, 'invited');
  });

  test('the invitation links to the demo’s portal page; Olivia activates and signs in there', async () => {
    const { apiUrl, demoUrl } = running();
    const invitation = await waitForMessage(
      apiUrl,
      'Olivia’s login email',
      (email) => email.to.includes(olivia.email) && email.subject === 'Set up your client login',
    );
    assert.equal(invitation.replyTo, alice.email);
    const link = portalLinkOf(invitation);
    assert.ok(link.startsWith(`${demoUrl}/portal?activate=`), link);

    const person = await newPerson();
    oliviaContext = person.context;
    oliviaPage = person.page;
    person.page.on('pageerror', (error) => oliviaErrors.push(error.message));
    const page = person.page;
    await page.goto(link);
    assert.equal(await page.locator('#demo-user').count(), 0, 'a client sees no agent login');
    const login = page.locator('client-portal-login');
    await login.getByRole('heading', { name: 'Choose your password' }).waitFor();
    assert.equal(page.url(), `${demoUrl}/portal`, 'the single-use token left the address bar');
    const newPassword = login.getByLabel('New password');
    assert.equal(await newPassword.getAttribute('autocomplete'), 'new-password');
    // The login the password belongs to, for the browser's password manager to save with it.
    const username = login.locator('input[autocomplete="username"]');
    await username.waitFor({ state: 'attached' });
    assert.equal(await username.inputValue(), olivia.email);
    assert.equal(await username.isVisible(), false, 'hidden from the person, not from the manager');

    // A weak password is refused before anything is sent; a strong one activates the login.
    await newPassword.fill('password');
    await login.getByRole('button', { name: 'Save password' }).click();
    assert.match(await login.locator('.spl-error').first().innerText(), /Too easy to guess/);
    // One that looks strong but is on the server's breached list: the server's reason, by the field.
    await newPassword.fill('manchester');
    const breached = page.waitForResponse(`${apiUrl}/v1/portal/activate`);
    await login.getByRole('button', { name: 'Save password' }).click();
    assert.equal((await breached).status(), 400);
    await login
      .locator('.spl-error', { hasText: 'one of the most common or breached passwords' })
      .waitFor();
    await newPassword.fill(password);
    const activated = page.waitForResponse(`${apiUrl}/v1/portal/activate`);
    await login.getByRole('button', { name: 'Save password' }).click();
    assert.equal((await activated).status(), 200);
    assert.equal(await (await activated).headerValue('access-control-allow-origin'), demoUrl);
    assert.equal(
      ((await (await activated).json()) as { refreshToken?: string }).refreshToken,
      undefined,
      'the browser keeps the partitioned cookie, so the refresh token stays out of the body',
    );

    const portal = page.locator('client-portal');
    await portal.getByRole('heading', { name: 'Welcome, Olivia Owner' }).waitFor();
    await portal.getByText('Your agent: Alice Agent').waitFor();

    // The invitation opened again, in another browser: it says at once that it was used.
    const again = await newPerson();
    await again.page.goto(link);
    await again.page
      .locator('client-portal-login [role="alert"]', { hasText: 'already been used' })
      .waitFor();
    await again.context.close();
    assert.deepEqual(
      await portal.getByRole('tab').allInnerTexts(),
      ['Documents', 'Feedback', 'Messages'],
      'only the granted sections',
    );
  });

  test('Olivia sees the listing agreement and the feedback with buyers’ first names only', async () => {
    assert.ok(oliviaPage, 'Olivia is signed in');
    const page = oliviaPage;
    const portal = page.locator('client-portal');
    const document = portal.getByRole('link', { name: listingAgreementName });
    await document.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), document.click()]);
    const pdf = new Uint8Array(await readFile(await download.path()));
    const qpdf = await runPdfTool('qpdf', ['--check'], pdf);
    assert.equal(qpdf.exitCode, 0, qpdf.stderr || qpdf.stdout);
    const { stdout: text } = await runPdfTool('pdftotext', [], pdf);
    assert.match(text, /Owner: Olivia Owner/);
    assert.match(text, /Listing agent: Alice Agent/);

    await portal.getByRole('tab', { name: 'Feedback' }).click();
    const table = portal.getByRole('table');
    await table.waitFor();
    const report = await table.innerText();
    for (const { first, last } of buyers) {
      assert.ok(report.includes(first), `${first} is named`);
      assert.ok(!report.includes(last), `${last} is not shown`);
    }
    assert.match(report, /Loved the light in the kitchen/);
    await shoot(page, 'portal-feedback-desktop');
    await page.setViewportSize({ width: 375, height: 812 });
    await assertNoSidewaysScroll(page);
    await shoot(page, 'portal-feedback-mobile');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test('Olivia messages Alice, whose unread count goes up', async () => {
    assert.ok(oliviaPage, 'Olivia is signed in');
    const portal = oliviaPage.locator('client-portal');
    const before = await asAlice<UnreadClientMessages>('/v1/client-messages/unread');
    assert.equal(before.total, 0);

    await portal.getByRole('tab', { name: 'Messages' }).click();
    await portal.getByLabel('Message to your agent').fill(message);
    await portal.getByRole('button', { name: 'Send', exact: true }).click();
    await portal.getByRole('log').getByText(message).waitFor();

    const unread = await asAlice<UnreadClientMessages>('/v1/client-messages/unread');
    assert.equal(unread.total, 1);
    assert.deepEqual(unread.clients, [{ clientId: oliviaId, name: 'Olivia Owner', unread: 1 }]);
    await shoot(oliviaPage, 'portal-messages-desktop');
  });

  test('a reload, a second tab and back-navigation keep Olivia signed in; no page script reads her refresh token', async () => {
    const { demoUrl } = running();
    assert.ok(oliviaPage && oliviaContext, 'Olivia is signed in');
    await oliviaContext.addInitScript({ content: spyAsHostScript });
    const page = oliviaPage;
    const portal = page.locator('client-portal');
    const welcome = (on: Page) =>
      on.locator('client-portal').getByRole('heading', { name: 'Welcome, Olivia Owner' }).waitFor();

    await page.reload();
    await welcome(page);
    assert.equal(await page.getByLabel('Password', { exact: true }).count(), 0, 'no sign-in form');

    // A second tab resumes the same session; the first one carries on, then both reload.
    const tab = await oliviaContext.newPage();
    tab.on('pageerror', (error) => oliviaErrors.push(error.message));
    await tab.goto(`${demoUrl}/portal`);
    await welcome(tab);
    await portal.getByRole('tab', { name: 'Feedback' }).click();
    await portal.getByRole('table').waitFor();
    await Promise.all([page.reload(), tab.reload()]);
    await Promise.all([welcome(page), welcome(tab)]);
    await tab.locator('client-portal').getByRole('tab', { name: 'Messages' }).click();
    await tab.locator('client-portal').getByRole('log').getByText(message).waitFor();

    // Away and back again.
    await tab.goto(`${demoUrl}/`);
    await tab.goBack();
    await welcome(tab);

    const token = await refreshCookieOf(page);
    for (const [name, on] of [
      ['first tab', page],
      ['second tab', tab],
    ] as const) {
      const saw = (await on.evaluate('window.hostSaw()')) as string[];
      assert.ok(
        saw.some((text) => text.includes('accessToken')),
        `${name}: the spy saw the tokens’ answers`,
      );
      assert.ok(
        !saw.some((text) => text.includes('refreshToken')),
        `${name}: no refreshToken field`,
      );
      assert.ok(!saw.some((text) => text.includes(token)), `${name}: never the refresh token`);
    }
    await tab.close();
  });

  test('a copied refresh token replayed later ends Olivia’s session; an emailed link signs her in once', async () => {
    const { apiUrl, demoUrl } = running();
    assert.ok(oliviaPage, 'Olivia is signed in');
    const page = oliviaPage;
    const stolen = await refreshCookieOf(page);
    await page.reload();
    await page
      .locator('client-portal')
      .getByRole('heading', { name: 'Welcome, Olivia Owner' })
      .waitFor();
    assert.notEqual(await refreshCookieOf(page), stolen, 'the reload rotated the token');

    // Past the 30 seconds that tabs refreshing together are allowed, a replay is a theft.
    await new Promise((resolve) => setTimeout(resolve, 31_000));
    const replay = await fetch(`${apiUrl}/v1/portal/refresh`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: demoUrl },
      body: JSON.stringify({ refreshToken: stolen }),
    });
    assert.equal(replay.status, 401);
    await page.reload();
    const login = page.locator('client-portal-login');
    await login.getByRole('button', { name: 'Sign in' }).waitFor();

    // Olivia signs in again with a link by email, without her password.
    await login.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await login.getByLabel('Username').fill(olivia.email);
    await login.getByRole('button', { name: 'Email me a link' }).click();
    await login.getByText('we have emailed it a link to sign in').waitFor();
    const email = await waitForMessage(
      apiUrl,
      'Olivia’s sign-in link',
      (sent) => sent.to.includes(olivia.email) && sent.subject === 'Your sign-in link',
    );
    const link = /Sign in here[^\n]*\n(\S+)/.exec(email.text)?.[1] ?? '';
    assert.ok(link.startsWith(`${demoUrl}/portal?activate=signin_`), email.text);
    await page.goto(link);
    await page
      .locator('client-portal')
      .getByRole('heading', { name: 'Welcome, Olivia Owner' })
      .waitFor();
    await page.locator('client-portal').getByRole('tab', { name: 'Messages' }).click();

    // Opened again, elsewhere, it has been used.
    const { page: other, leave } = await newPerson();
    await other.goto(link);
    await other.locator('client-portal-login').getByText('already been used').waitFor();
    await leave();
  });

  test('Alice sets Olivia inactive; Olivia’s next message is refused with the reason and kept, and she cannot sign in again', async () => {
    const { apiUrl } = running();
    assert.ok(oliviaPage, 'Olivia is signed in');
    const { page, leave } = await newPerson();
    await openAsAlice(page);
    const row = page.locator(`.client-item[data-client-id="${oliviaId}"]`);
    await row.getByText('1 unread').waitFor();
    await row.getByRole('button', { name: 'Set inactive' }).click();
    await page
      .locator(`.client-item[data-client-id="${oliviaId}"][data-status="inactive"]`)
      .waitFor();
    assert.equal(await row.getByRole('button').innerText(), 'Set active');
    await leave();

    // Olivia's page still shows the portal until it next asks the server for something.
    const portal = oliviaPage.locator('client-portal');
    await portal.getByLabel('Message to your agent').fill('Are you still there?');
    await portal.getByRole('button', { name: 'Send', exact: true }).click();
    // Refused with the reason next to the box, and her text is still there to send another way.
    await portal
      .getByText('Your access was turned off by your agent; your message was not sent.')
      .waitFor();
    assert.equal(
      await portal.getByLabel('Message to your agent').inputValue(),
      'Are you still there?',
    );
    await shoot(oliviaPage, 'portal-access-off-desktop');
    await portal.getByRole('button', { name: 'Sign out' }).click();
    const login = oliviaPage.locator('client-portal-login');
    await login.getByRole('button', { name: 'Sign in' }).waitFor();
    assert.equal(
      (await asAlice<UnreadClientMessages>('/v1/client-messages/unread')).total,
      1,
      'the message after deactivation was not accepted',
    );

    // Signing in again is refused while she is inactive.
    await login.getByLabel('Username').fill(olivia.email);
    await login.getByLabel('Password', { exact: true }).fill(password);
    const refused = oliviaPage.waitForResponse(`${apiUrl}/v1/portal/login`);
    await login.getByRole('button', { name: 'Sign in' }).click();
    assert.equal((await refused).status(), 401);
    await login.getByText('The username or password is not correct.').waitFor();
    assert.deepEqual(oliviaErrors, [], 'no script errors on Olivia’s page');
  });
});
