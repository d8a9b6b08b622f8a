import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import type { EmbedToken, Session, SessionList, Template } from '@signport/core';
import type { DemoCredentials } from '../src/seed/credentials.js';
import { purchaseAgreement } from '../src/signing/purchase-agreement.js';
import type { RunningDemo } from '../src/start-demo.js';
import { startDemoUnderTest, type DemoUnderTest } from './demo-under-test.js';
import { readMailbox, signingLinkOf, waitForMessage, type MailboxMessage } from './mailbox.js';
import { textsMisdrawnByViewers } from '../../packages/server/test/support/read-pdf-as-person.js';
import { runPdfTool, signatureHole } from './pdf-tools.js';
import { drawInto, giveConsent } from './sign-by-drawing.js';

const buyer = { name: 'Zoë Brontë', email: 'zoe.buyer@example.com' };
const seller = { name: 'Samuel O’Connor', email: 'sam.seller@example.com' };
const betty = { name: 'Betty Agent', email: 'betty@shoreline-realty.example' };
const property = { address: '1428 Elm Street, Unit 3B', city: 'Springfield, IL 62704' };
const price = '452,500.00';
/** What the sealed purchase agreement's own pages must show. */
const filledValues = [
  buyer.name,
  seller.name,
  property.address,
  property.city,
  price,
  '10,000.00',
  '2026-07-15',
  'Washer and dryer stay.',
  'Fidelity National Title',
];

describe('signing a purchase agreement on the demo site', () => {
  let screenshots: string;
  let demo: RunningDemo | undefined;
  let browser: Browser | undefined;
  let credentials: DemoCredentials;
  let sessionId = '';
  let documentUrl = '';
  let sealed: Uint8Array = new Uint8Array();

  const running = (): RunningDemo => {
    assert.ok(demo, 'the demo is running');
    return demo;
  };
  /** A separate browser profile per person: the agent, the buyer and the seller share nothing. */
  const newPerson = async (width = 1280) => {
    assert.ok(browser, 'the browser is running');
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    /** Closes the person's browser, after checking their page had no script errors. */
    const leave = async () => {
      await context.close();
      assert.deepEqual(errors, [], 'no script errors on the page');
    };
    return { page, leave };
  };
  /** Betty's embed token, minted with the secret key as the demo's backend does. */
  const bettyToken = async (): Promise<string> => {
    const response = await fetch(`${running().apiUrl}/v1/embed-tokens`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${credentials.secretKey}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ externalId: 'betty' }),
    });
    assert.equal(response.status, 201);
    return ((await response.json()) as EmbedToken).token;
  };
  const asBetty = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${running().apiUrl}${path}`, {
      headers: { authorization: `Bearer ${await bettyToken()}` },
    });
    assert.equal(response.status, 200, path);
    return (await response.json()) as T;
  };
  const verify = async (pdf: Uint8Array) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'doc.pdf');
    const response = await fetch(`${running().apiUrl}/v1/verify`, { method: 'POST', body: form });
    assert.equal(response.status, 200);
    return (await response.json()) as { valid: boolean; sessionId?: string; reason?: string };
  };
  const invitationTo = (email: string) => (message: MailboxMessage) =>
    message.to.includes(email) && message.subject.includes('asks you to sign');
  const completionTo = (email: string) => (message: MailboxMessage) =>
    message.to.includes(email) && message.subject.startsWith('Completed:');

  let harness: DemoUnderTest | undefined;
  before(async () => {
    harness = await startDemoUnderTest('signing');
    ({ screenshots, demo, credentials, browser } = harness);
  });

  after(async () => {
    await harness?.close();
  });

  test('the seed gives Betty the purchase agreement: buyer then seller, price locked', async () => {
    assert.ok(credentials.purchaseAgreementTemplateId, 'the template id is stored');
    const template = await asBetty<Template>(
      `/v1/templates/${credentials.purchaseAgreementTemplateId}`,
    );
    assert.equal(template.name, purchaseAgreement.name);
    assert.equal(template.signingOrder, 'sequential');
    assert.deepEqual(
      template.roles.map(({ key, order }) => [key, order]),
      [
        ['buyer', 1],
        ['seller', 2],
      ],
    );
    assert.equal(template.pages.length, 4);
    const field = (id: string) => template.fields.find((candidate) => candidate.id === id);
    assert.deepEqual(
      [field('purchase_price')?.role, field('purchase_price')?.locked],
      ['buyer', true],
    );
    assert.equal(field('seller_signature')?.role, 'seller');
    assert.equal(field('seller_initials_p2')?.type, 'initials');
    assert.equal(field('buyer_signature')?.role, 'buyer');
    assert.equal(field('closing_date')?.locked, false);
  });

  test('a refused send shows the server’s message next to the input and sends nothing', async () => {
    const { demoUrl, apiUrl } = running();
    const { page, leave } = await newPerson();
    await page.goto(`${demoUrl}/sign`);
    await page.getByLabel('Buyer name').fill(buyer.name);
    await page.getByLabel('Buyer email').fill('zoe.buyer-at-example.com');
    await page.getByLabel('Seller name').fill(seller.name);
    await page.getByLabel('Seller email').fill(seller.email);
    await page.getByLabel('Street address').fill(property.address);
    await page.getByLabel('City, state, ZIP').fill(property.city);
    await page.getByRole('button', { name: 'Send for signature' }).click();

    const status = page.locator('[data-send-status][data-state="error"]');
    await status.waitFor();
    assert.equal(await status.textContent(), 'Buyer email: Enter a valid email address');
    assert.equal(await page.getByLabel('Buyer email').getAttribute('aria-invalid'), 'true');
    assert.equal(
      await page.evaluate(() => document.activeElement?.id),
      'send-buyerEmail',
      'the input at fault takes focus',
    );
    assert.deepEqual((await asBetty<SessionList>('/v1/sessions')).items, []);
    assert.deepEqual(await readMailbox(apiUrl), []);
    await leave();
  });

  test('only the template’s owner gets the form; the others are told who can send it', async () => {
    const { demoUrl } = running();
    const { page, leave } = await newPerson();
    await page.goto(`${demoUrl}/sign`);
    await Promise.all([page.waitForNavigation(), page.selectOption('#demo-user', 'alice')]);
    assert.equal(await page.locator('form[data-send-agreement]').count(), 0);
    assert.match(
      await page.locator('[data-send-unavailable]').innerText(),
      /belongs to Betty Agent/,
    );
    const list = page.locator('[data-session-list][data-state="ready"]');
    await list.waitFor();
    assert.equal(await list.innerText(), 'Nothing sent yet.');
    await leave();
  });

  test('Betty sends the agreement from the page; only the buyer is invited', async () => {
    const { demoUrl, apiUrl } = running();
    const { page, leave } = await newPerson();
    await page.goto(`${demoUrl}/sign`);
    await page.locator('[data-session-list][data-state="ready"]').waitFor();
    assert.equal(await page.getByLabel('Purchase price (USD)').inputValue(), price);
    await page.getByLabel('Buyer name').fill(buyer.name);
    await page.getByLabel('Buyer email').fill(buyer.email);
    await page.getByLabel('Seller name').fill(seller.name);
    await page.getByLabel('Seller email').fill(seller.email);
    await page.getByLabel('Street address').fill(property.address);
    await page.getByLabel('City, state, ZIP').fill(property.city);

    // The browser itself calls the API on its origin with Betty's embed token.
    const created = page.waitForResponse(
      (response) =>
        response.url() === `${apiUrl}/v1/sessions` && response.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Send for signature' }).click();
    assert.equal((await created).status(), 201);
    assert.equal(await (await created).headerValue('access-control-allow-origin'), demoUrl);
    const status = page.locator('[data-send-status][data-state="sent"]');
    await status.waitFor();
    assert.match((await status.textContent()) ?? '', /Zoë Brontë signs first/);

    const item = page.locator('.session-item').first();
    await item.waitFor();
    assert.equal(await item.getAttribute('data-status'), 'sent');
    sessionId = (await item.getAttribute('data-session-id')) ?? '';
    assert.match(await item.innerText(), /Residential purchase agreement/);
    assert.match(await item.innerText(), /Zoë Brontë \(buyer\) · invited/);
    assert.match(await item.innerText(), /Samuel O’Connor \(seller\) · waiting for their turn/);
    assert.equal(
      await page.getByRole('link', { name: 'dev mailbox', exact: true }).getAttribute('href'),
      `${apiUrl}/dev/mailbox`,
    );
    await page.screenshot({ path: join(screenshots, 'sign-send-desktop.png'), fullPage: true });
    await page.setViewportSize({ width: 375, height: 812 });
    await page.screenshot({ path: join(screenshots, 'sign-send-mobile.png'), fullPage: true });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 375, `no sideways scrolling at 375 px (page is ${width} px wide)`);
    await leave();

    const session = await asBetty<Session>(`/v1/sessions/${sessionId}`);
    assert.equal(session.status, 'sent');
    assert.equal(session.sender.name, betty.name);
    assert.equal(session.initiator.name, betty.name);

    const invitation = await waitForMessage(
      apiUrl,
      'the buyer’s invitation',
      invitationTo(buyer.email),
    );
    assert.equal(invitation.replyTo, betty.email);
    assert.ok(
      signingLinkOf(invitation).startsWith(`${demoUrl}/sign?token=`),
      `the link opens the demo's page: ${signingLinkOf(invitation)}`,
    );
    assert.equal((await readMailbox(apiUrl)).filter(invitationTo(seller.email)).length, 0);
  });

  test('the buyer signs in <sign-session> on the demo site with the mouse', async () => {
    const { apiUrl } = running();
    const invitation = await waitForMessage(
      apiUrl,
      'the buyer’s invitation',
      invitationTo(buyer.email),
    );
    const { page, leave } = await newPerson();
    await page.goto(signingLinkOf(invitation));
    assert.equal(await page.locator('#demo-user').count(), 0, 'a party sees no agent login');

    await giveConsent(page);

    // The page images come from the API's origin; the browser must be allowed to show them here.
    await page.waitForFunction(() => {
      const image = document
        .querySelector('sign-session')
        ?.shadowRoot?.querySelector<HTMLImageElement>('[part~="page-image"]');
      return image?.complete === true && image.naturalWidth > 0;
    });

    // What the sender fixed is there and cannot be changed; what the buyer fills is not yet.
    const priceInput = page.getByLabel('Purchase price', { exact: true });
    assert.equal(await priceInput.inputValue(), price);
    assert.equal(await priceInput.getAttribute('readonly'), '');
    assert.equal(await page.getByLabel('Buyer name', { exact: true }).inputValue(), buyer.name);
    assert.equal(
      await page.getByLabel('Property address', { exact: true }).inputValue(),
      property.address,
    );

    await page.getByLabel('Earnest money', { exact: true }).pressSequentially('10,000.00');
    await page.getByLabel('Closing date', { exact: true }).fill('2026-07-15');
    await page.getByLabel('Financing conventional', { exact: true }).check();
    await page.getByLabel('Title company', { exact: true }).selectOption('Fidelity National Title');
    await page
      .getByLabel('Additional terms', { exact: true })
      .pressSequentially('Washer and dryer stay.');
    for (const pageNumber of [1, 2, 3])
      await drawInto(page, `Initial: Buyer initials p${pageNumber}`);
    await drawInto(page, 'Sign: Buyer signature');
    await page.screenshot({ path: join(screenshots, 'sign-buyer-desktop.png') });

    await page.getByRole('button', { name: 'Finish and sign' }).click();
    await page.getByRole('heading', { name: "You're done" }).waitFor();
    const note = page.locator('[data-signing-note]');
    await note.waitFor();
    assert.match((await note.textContent()) ?? '', /once everyone has signed/);
    await leave();

    const session = await asBetty<Session>(`/v1/sessions/${sessionId}`);
    assert.equal(session.status, 'in_progress');
    assert.deepEqual(
      session.parties.map((party) => [party.role, party.status]),
      [
        ['buyer', 'completed'],
        ['seller', 'invited'],
      ],
    );
  });

  test('the seller is invited only now, and signs partly with the keyboard at 375 px', async () => {
    const { demoUrl, apiUrl } = running();
    const invitation = await waitForMessage(
      apiUrl,
      'the seller’s invitation',
      invitationTo(seller.email),
    );
    const buyerSigned = (await readMailbox(apiUrl)).find(invitationTo(buyer.email));
    assert.ok(buyerSigned && invitation.createdAt > buyerSigned.createdAt);
    assert.ok(signingLinkOf(invitation).startsWith(`${demoUrl}/sign?token=`));

    const { page, leave } = await newPerson(375);
    await page.goto(signingLinkOf(invitation));
    await page.screenshot({ path: join(screenshots, 'sign-consent-mobile.png'), fullPage: true });
    const agree = page.getByLabel('I agree to use electronic records and signatures');
    await agree.focus();
    await page.keyboard.press('Space');
    assert.equal(await agree.isChecked(), true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('sign-session [part~="document"]').waitFor();

    // The workroom tells the seller the buyer has already signed.
    const buyerRow = page.locator('sign-session [part="workroom-party"]', { hasText: buyer.name });
    assert.match(await buyerRow.innerText(), /Signed/);

    // The buyer's values, price and signature included, are shown where they sit, not as inputs.
    const pages = page.locator('sign-session').locator('[part~="document"]');
    assert.equal(await pages.getByText(price, { exact: true }).count(), 1);
    assert.equal(await pages.getByText('10,000.00', { exact: true }).count(), 1);
    assert.equal(await page.getByLabel('Purchase price', { exact: true }).count(), 0);
    assert.ok((await page.getByRole('img', { name: `Signature by ${buyer.name}` }).count()) >= 1);

    // Consent given, the keyboard is at the first empty required field: the first initials (the
    // seller's name, prefilled by Betty, already counts as done).
    await page.waitForFunction(
      () =>
        document.querySelector('sign-session')?.shadowRoot?.activeElement?.id ===
        'field-seller_initials_p1',
    );
    // Initials typed, never touching the mouse: Enter opens the dialog, "Type" then Apply.
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Type', exact: true }).focus();
    await page.keyboard.press('Enter');
    const typed = dialog.getByLabel('Type your name');
    assert.equal(await typed.inputValue(), 'SO');
    await dialog.getByRole('button', { name: 'Apply' }).focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });

    for (const pageNumber of [2, 3])
      await drawInto(page, `Initial: Seller initials p${pageNumber}`);
    await drawInto(page, 'Sign: Seller signature');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 375, `no sideways scrolling at 375 px (page is ${width} px wide)`);
    await page.screenshot({ path: join(screenshots, 'sign-seller-mobile.png'), fullPage: true });

    await page.getByRole('button', { name: 'Finish and sign' }).focus();
    await page.keyboard.press('Enter');
    const download = page.getByRole('link', { name: 'Download the signed document' });
    await download.waitFor();
    documentUrl = (await download.getAttribute('href')) ?? '';
    assert.ok(
      documentUrl.startsWith(`${apiUrl}/v1/sessions/${sessionId}/document.pdf?`),
      documentUrl,
    );
    assert.match(
      (await page.locator('[data-signing-note]').textContent()) ?? '',
      /Everyone has signed/,
    );
    await page.screenshot({ path: join(screenshots, 'sign-done-mobile.png'), fullPage: true });
    await leave();
  });

  test('the sealed PDF passes qpdf, shows the values and the audit page, and pdfsig accepts it', async () => {
    const fromLink = await fetch(documentUrl);
    assert.equal(fromLink.status, 200);
    assert.equal(fromLink.headers.get('content-type'), 'application/pdf');
    sealed = new Uint8Array(await fromLink.arrayBuffer());
    const forBetty = await fetch(`${running().apiUrl}/v1/sessions/${sessionId}/document.pdf`, {
      headers: { authorization: `Bearer ${await bettyToken()}` },
    });
    assert.equal(forBetty.status, 200);
    assert.deepEqual(new Uint8Array(await forBetty.arrayBuffer()), sealed, 'the same sealed file');
    await writeFile(join(screenshots, 'purchase-agreement-signed.pdf'), sealed);

    const qpdf = await runPdfTool('qpdf', ['--check'], sealed);
    assert.equal(qpdf.exitCode, 0, qpdf.stderr || qpdf.stdout);

    const { stdout: text } = await runPdfTool('pdftotext', ['-layout'], sealed);
    for (const value of filledValues) {
      assert.ok(text.includes(value), `the PDF shows "${value}"`);
    }
    const audit = text.slice(text.lastIndexOf('\f', text.length - 2));
    assert.match(audit, /Sender\s+Betty Agent/);
    assert.match(audit, /Initiator\s+Betty Agent/);
    for (const person of [buyer, seller]) {
      assert.ok(audit.includes(person.email), `the audit page lists ${person.email}`);
    }

    const pdfsig = await runPdfTool('pdfsig', [], sealed);
    assert.match(pdfsig.stdout, /Signature Validation: Signature is Valid\./);
    assert.match(pdfsig.stdout, /Total document signed/);

    const verdict = await verify(sealed);
    assert.deepEqual([verdict.valid, verdict.sessionId], [true, sessionId]);
  });

  test('the sealed PDF, drawn by Poppler and pdf.js, shows every value and certificate line', async () => {
    const misdrawn = await textsMisdrawnByViewers(sealed, [
      ...filledValues,
      'Certificate of completion',
      `${buyer.name} - Buyer`,
      `${seller.name} - Seller`,
      `Betty Agent <${betty.email}>`,
      buyer.email,
      seller.email,
    ]);
    assert.deepEqual(misdrawn, { poppler: [], 'pdf.js': [] });
  });

  test('one changed byte makes /v1/verify and pdfsig fail', async () => {
    const tampered = new Uint8Array(sealed);
    const at = Math.floor(signatureHole(sealed).start / 2);
    tampered[at] = (tampered[at] ?? 0) ^ 0x20;

    const verdict = await verify(tampered);
    assert.equal(verdict.valid, false);
    const pdfsig = await runPdfTool('pdfsig', [], tampered);
    assert.doesNotMatch(pdfsig.stdout, /Signature is Valid/);
    assert.match(pdfsig.stdout, /Digest Mismatch/);
  });

  test('everyone gets the completed copy; the mailbox holds exactly the five emails', async (t) => {
    const { apiUrl, demoUrl } = running();
    for (const person of [buyer, seller, betty]) {
      const copy = await waitForMessage(
        apiUrl,
        `the completed copy for ${person.email}`,
        completionTo(person.email),
      );
      assert.equal(copy.subject, 'Completed: “Residential purchase agreement”');
      assert.equal(copy.attachments.length, 1);
      assert.equal(copy.attachments[0]?.contentType, 'application/pdf');
      assert.equal(copy.attachments[0]?.size, sealed.length);
    }
    const messages = await readMailbox(apiUrl);
    for (const message of messages) t.diagnostic(`${message.to.join(', ')}: ${message.subject}`);
    assert.deepEqual(
      messages
        .map((message) => [
          message.to.join(','),
          message.subject.startsWith('Completed:') ? 'completed' : 'invitation',
        ])
        .sort(),
      [
        [betty.email, 'completed'],
        [seller.email, 'completed'],
        [seller.email, 'invitation'],
        [buyer.email, 'completed'],
        [buyer.email, 'invitation'],
      ].sort(),
    );

    // Betty's page now shows the session completed, with the signed PDF to download.
    const { page, leave } = await newPerson();
    await page.goto(`${demoUrl}/sign`);
    const item = page.locator(`.session-item[data-session-id="${sessionId}"]`);
    await item.waitFor();
    assert.equal(await item.getAttribute('data-status'), 'completed');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      item.getByRole('button', { name: 'Download signed PDF' }).click(),
    ]);
    const saved = await download.path();
    assert.deepEqual(new Uint8Array(await readFile(saved)), sealed);
    await leave();
  });
});
