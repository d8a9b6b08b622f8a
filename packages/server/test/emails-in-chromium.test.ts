import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { PartyView, Session, Template } from '@signport/core';
import { makePurchaseAgreement } from './fixtures/make-purchase-agreement.js';
import { makeSignaturePng } from './fixtures/make-signature-png.js';
import { launchChromium } from './support/chromium.js';
import { startHttpServer } from './support/http-server.js';
import { portalWorld } from './support/portal-fixture.js';
import { createSession, partyJson, runJobs, uploadedTemplate } from './support/signing.js';
import type { SigningWorld } from './support/signing.js';
import { signingWorld } from './support/signing-world.js';
import {
  draftExpiredEmail,
  resumeLinkEmail,
} from '../src/capabilities/sessions/lifecycle-emails.js';
import { parseMail, startSmtpServer, type ParsedMail } from './support/smtp-catcher.js';
import { bearer, json, testConfig } from './support/test-server.js';

// Every email that asks its reader to act, rendered in Chromium at a desktop mail column (600 px)
// and a phone (375 px): the button is there, visible, inside the screen, and opens the right page.

const BUYER = { role: 'buyer', name: 'Zoe <Lukasz>', email: 'zoe.buyer@example.com' };
const SELLER = { role: 'seller', name: 'Samuel OConnor', email: 'sam.seller@example.com' };
const WIDTHS = [600, 375];
/** Set to keep screenshots of each email and of the verify page for a person to look at. */
const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR;
const screenshot = async (page: Page, name: string) => {
  if (SCREENSHOT_DIR) await page.screenshot({ path: join(SCREENSHOT_DIR, name), fullPage: true });
};

let browser: Browser;
let world: SigningWorld;
let publicUrl: string;
let template: Template;
let session: Session;
const smtpHooks: Array<() => Promise<void>> = [];
let received: () => ParsedMail[];

before(async () => {
  const hooks = { after: (fn: () => Promise<void>) => void smtpHooks.push(fn) };
  const smtp = await startSmtpServer(hooks as never);
  const http = await startHttpServer(hooks);
  publicUrl = http.url;
  world = await signingWorld({ SMTP_URL: smtp.url, PUBLIC_URL: publicUrl });
  http.handle(world.app.fetch);
  received = () => smtp.received.map((mail) => parseMail(mail.raw));
  browser = await launchChromium();
  template = await uploadedTemplate(world.app, world.token, await makePurchaseAgreement());
  session = await createSession(world.app, world.token, {
    templateId: template.id,
    parties: [BUYER, SELLER],
    values: {
      property_address: '1428 Elm Street',
      property_city_state_zip: 'Springfield, IL 62704',
      purchase_price: '452,500.00',
      earnest_money: '10,000.00',
      closing_date: '2030-07-15',
    },
    send: true,
  });
  await runJobs(world.db, world.config, world.time);
});
after(async () => {
  await browser?.close();
  await world?.close();
  for (const hook of smtpHooks) await hook();
});

function latestTo(email: string, subject: RegExp): ParsedMail {
  const mail = received()
    .filter((candidate) => candidate.headers.get('to')?.includes(email))
    .findLast((candidate) => subject.test(candidate.headers.get('subject') ?? ''));
  assert.ok(mail, `an email to ${email} with subject ${subject}`);
  return mail;
}

/**
 * The email's HTML at each width: one button, visible and within the screen, its link the one
 * given, and that link again as text below it. Then follows the link over HTTP.
 */
async function assertButton(
  html: string,
  url: string,
  label: string,
): Promise<{ labelColour: string; follow(): Promise<Response> }> {
  let labelColour = '';
  for (const width of WIDTHS) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    // An email loads nothing on its own (a logo would come from the sender's site).
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html);
    const button = page.locator('table[role="presentation"] a');
    assert.equal(await button.count(), 1, `${label} at ${width}px: one button`);
    assert.ok(await button.isVisible(), `${label} at ${width}px: visible`);
    assert.equal(await button.getAttribute('href'), url, `${label} at ${width}px: its link`);
    const box = await button.boundingBox();
    assert.ok(box, `${label} at ${width}px: laid out`);
    assert.ok(box.height >= 40 && box.width >= 100, `${label} at ${width}px: big enough to tap`);
    assert.ok(box.x >= 0 && box.x + box.width <= width, `${label} at ${width}px: on screen`);
    const cell = await page.evaluate<string>(
      'getComputedStyle(document.querySelector(\'table[role="presentation"] td\')).backgroundColor',
    );
    assert.notEqual(cell, 'rgba(0, 0, 0, 0)', `${label}: the button has a colour`);
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth');
    assert.ok(overflow <= width, `${label} at ${width}px: no sideways scrolling (${overflow}px)`);
    const below = page.locator('table[role="presentation"] + p a');
    assert.equal(await below.getAttribute('href'), url, `${label}: the plain link below`);
    assert.equal(await below.textContent(), url);
    labelColour = await page.evaluate<string>(
      'getComputedStyle(document.querySelector(\'table[role="presentation"] a\')).color',
    );
    await screenshot(page, `email-${label.replace(/\W+/g, '-')}-${width}.png`);
    await page.close();
  }
  return {
    labelColour,
    async follow() {
      const opened = await fetch(url);
      assert.equal(opened.status, 200, `${label}: ${url} opens`);
      return opened;
    },
  };
}

test('the invitation names its sender and has a button to the signing page', async () => {
  const mail = latestTo(BUYER.email, /asks you to sign/);
  const url = /Open the document: (\S+)/.exec(mail.text)?.[1];
  assert.ok(url && url.startsWith(`${publicUrl}/s/`), 'the text part keeps the plain link');
  assert.match(
    mail.text,
    /Betty Agent sent you “Residential Purchase Agreement” to review and sign/,
  );
  assert.match(mail.headers.get('from') ?? '', /^Shoreline Realty <no-reply@/);
  assert.ok(mail.html.includes('Hello Zoe &lt;Lukasz&gt;,'), 'names are escaped');
  const page = await (await assertButton(mail.html, url, 'invitation')).follow();
  assert.match(await page.text(), /<sign-session [^>]*token="/);
});

test('a reminder has the same button, to a fresh link', async () => {
  const reminded = await world.app.request(
    `/v1/sessions/${session.id}/remind`,
    json('POST', {}, bearer(world.token)),
  );
  assert.equal(reminded.status, 200, await reminded.clone().text());
  await runJobs(world.db, world.config, world.time);
  const mail = latestTo(BUYER.email, /^Reminder:/);
  const url = /Open the document: (\S+)/.exec(mail.text)?.[1];
  assert.ok(url && url.startsWith(`${publicUrl}/s/`));
  await (await assertButton(mail.html, url, 'reminder')).follow();
});

test('the completed email links to the verify page, which confirms the attached PDF', async () => {
  const signature = `data:image/png;base64,${Buffer.from(await makeSignaturePng(600, 200)).toString('base64')}`;
  for (const party of [BUYER, SELLER]) {
    const mail = latestTo(party.email, /^Reminder:/);
    const token = /\/s\/([\w-]+)/.exec(mail.text)?.[1] ?? '';
    const view = (await (
      await world.app.request('/v1/party', { headers: bearer(token) })
    ).json()) as PartyView;
    const signatures = Object.fromEntries(
      template.fields
        .filter(
          (field) =>
            field.role === party.role && (field.type === 'signature' || field.type === 'initials'),
        )
        .map((field) => [field.id, signature]),
    );
    const done = await world.app.request(
      '/v1/party/complete',
      partyJson('POST', token, {
        consent: { accepted: true, disclosureVersion: view.consent.version },
        signatures,
        values: { [`${party.role}_name`]: party.name },
      }),
    );
    assert.equal(done.status, 200, await done.clone().text());
  }
  await runJobs(world.db, world.config, world.time);
  const mail = latestTo(SELLER.email, /^Completed:/);
  assert.ok(mail.text.includes(`Verify a copy: ${publicUrl}/verify`), 'the full URL in the text');
  assert.doesNotMatch(mail.text, /\/v1\/verify/);
  await (await assertButton(mail.html, `${publicUrl}/verify`, 'completed')).follow();

  // The verify page, in Chromium under its own Content-Security-Policy.
  const sealed = mail.attachments[0]?.bytes;
  assert.ok(sealed, 'the sealed PDF is attached');
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  // Listening before the page loads turns on file-chooser interception well ahead of the key
  // press; enabling it at the press races the dialog on a busy machine.
  const chooser = page.waitForEvent('filechooser', { timeout: 60_000 });
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused/i.test(message.text())) violations.push(message.text());
  });
  const opened = await page.goto(`${publicUrl}/verify`);
  assert.match(opened?.headers()['content-security-policy'] ?? '', /script-src 'self'/);
  const file = (name: string, bytes: Uint8Array) => ({
    name,
    mimeType: 'application/pdf',
    buffer: Buffer.from(bytes),
  });
  const upload = async (name: string, bytes: Uint8Array) => {
    await page.setInputFiles('#verify-file', file(name, bytes));
    await page.locator('#verify-result h2').waitFor();
    return page.locator('#verify-result');
  };

  // By keyboard: Tab reaches the file picker, Space opens it.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate<string>('document.activeElement?.id'), 'verify-file');
  await page.keyboard.press('Space');
  await (await chooser).setFiles(file('agreement.pdf', sealed));
  await page.locator('#verify-result h2').waitFor();
  const valid = page.locator('#verify-result');
  assert.equal(await valid.locator('h2').textContent(), 'Sealed and unaltered');
  const shown = (await valid.textContent()) ?? '';
  for (const expected of [template.name, BUYER.name, 'Buyer', SELLER.name, 'Seller'])
    assert.ok(shown.includes(expected), `the verdict shows ${expected}`);
  assert.match(shown, /Completed.*20\d\d/);
  await screenshot(page, 'verify-page-390-valid.png');

  const tampered = new Uint8Array(sealed);
  tampered[1000] = (tampered[1000] ?? 0) ^ 0x01;
  const changed = await upload('changed.pdf', tampered);
  await page.locator('#verify-result h2', { hasText: 'Not verified' }).waitFor();
  assert.doesNotMatch((await changed.textContent()) ?? '', /Sealed and unaltered/);

  const unsigned = await upload('unsigned.pdf', await makePurchaseAgreement());
  await page.locator('#verify-result h2', { hasText: 'Not verified' }).waitFor();
  assert.match((await unsigned.textContent()) ?? '', /no Signport seal/);
  await screenshot(page, 'verify-page-390-invalid.png');

  await page.setViewportSize({ width: 1280, height: 800 });
  await upload('agreement.pdf', sealed);
  await page.locator('#verify-result h2', { hasText: 'Sealed and unaltered' }).waitFor();
  await screenshot(page, 'verify-page-1280-valid.png');
  await page.close();
  assert.deepEqual(violations, [], 'nothing was blocked by the page’s policy');
});

test('client login invitations and reset links have a button to the set-password page', async (t) => {
  const http = await startHttpServer(t);
  const portal = await portalWorld(t, { config: testConfig({ PUBLIC_URL: http.url }) });
  http.handle(portal.app.fetch);
  const client = await portal.addClient({
    type: 'buyer',
    name: 'Olive Owner',
    email: 'olive@example.com',
  });
  await portal.invite(client.id, 'olive@example.com', ['documents']);
  const invitation = await portal.lastEmailTo('olive@example.com');
  assert.ok(invitation?.html);
  const url = /Choose your password: (\S+)/.exec(invitation.text)?.[1];
  assert.ok(url && url.startsWith(`${http.url}/p/activate/`));
  const page = await (await assertButton(invitation.html, url, 'portal invitation')).follow();
  assert.match(await page.text(), /Choose your password/);

  const reset = await portal.app.request(
    '/v1/portal/password-reset',
    json('POST', { accountId: portal.accountId, username: 'olive@example.com' }),
  );
  assert.ok(reset.status < 300, await reset.clone().text());
  const email = await portal.lastEmailTo('olive@example.com');
  assert.equal(email?.subject, 'Reset your client login password');
  const resetUrl = /Choose a new password: (\S+)/.exec(email?.text ?? '')?.[1];
  assert.ok(resetUrl && email?.html);
  await (await assertButton(email.html, resetUrl, 'password reset')).follow();
});

test('web-form emails have the button too, readable on a light brand colour', async () => {
  const sender = { ...session.sender, branding: { color: '#fde047' }, locale: 'en' as const };
  const url = `${publicUrl}/s/a-resume-link-token-0000000000`;
  const resume = resumeLinkEmail({
    party: BUYER,
    sender,
    documentName: template.name,
    url,
    expiresAt: new Date('2030-02-14T10:00:00Z'),
  });
  assert.ok(resume.html && resume.text.includes(`Continue where you left off: ${url}`));
  const onYellow = await assertButton(resume.html, url, 'resume link');
  assert.equal(onYellow.labelColour, 'rgb(17, 24, 39)', 'dark words on a light button');

  const formUrl = `${publicUrl}/f/rental-application`;
  const expired = draftExpiredEmail({ party: BUYER, sender, documentName: template.name, formUrl });
  assert.ok(expired.html);
  await assertButton(expired.html, formUrl, 'expired draft');
  const noForm = draftExpiredEmail({
    party: BUYER,
    sender,
    documentName: template.name,
    formUrl: undefined,
  });
  assert.doesNotMatch(noForm.html ?? '', /role="presentation"/, 'no button without a link');
});
