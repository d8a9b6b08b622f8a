import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { AuditTrail, EmbedToken, Session, SessionList, Template } from '@signport/core';
import { drawPdf, misdrawnFields } from '../../packages/server/test/support/read-pdf-as-person.js';
import { startDemoUnderTest, type DemoUnderTest } from './demo-under-test.js';
import { signingLinkOf, waitForMessage, type MailboxMessage } from './mailbox.js';
import { runPdfTool } from './pdf-tools.js';
import { drawInto, giveConsent } from './sign-by-drawing.js';

const PACKET = '1428 Elm Street packet';
const buyer = { name: 'Zoe Buyer', email: 'zoe.packet@example.com' };
const seller = { name: 'Sam Seller', email: 'sam.packet@example.com' };
const HAZARDS = 'Peeling paint on porch';
const PRICE = '452,500.00';

describe('a packet of two documents sent from the compose page', () => {
  let harness: DemoUnderTest;
  before(async () => {
    harness = await startDemoUnderTest('packets');
  });
  after(async () => {
    await harness?.close();
  });

  /** Calls the API as Betty, with an embed token minted by the demo's secret key. */
  const asBetty = async (path: string): Promise<Response> => {
    const { demo, credentials } = harness;
    const minted = await fetch(`${demo.apiUrl}/v1/embed-tokens`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${credentials.secretKey}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ externalId: 'betty' }),
    });
    const { token } = (await minted.json()) as EmbedToken;
    const response = await fetch(`${demo.apiUrl}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(response.status, 200, path);
    return response;
  };
  const invitationTo = (email: string) => (message: MailboxMessage) =>
    message.to.includes(email) && message.subject.includes('asks you to sign');
  const initialsButtons = (page: Page) =>
    page.locator('sign-session').getByRole('button', { name: /^Initial: / });

  /** Opens a party's emailed link in a fresh browser, consent given. */
  async function openAsParty(email: string) {
    const invitation = await waitForMessage(harness.demo.apiUrl, `${email}’s invitation`, (m) =>
      invitationTo(email)(m),
    );
    const context = await harness.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(signingLinkOf(invitation));
    await giveConsent(page);
    const finish = async () => {
      await page.getByRole('button', { name: 'Finish and sign' }).click();
      await page.getByRole('heading', { name: "You're done" }).waitFor();
      await context.close();
      assert.deepEqual(errors, [], 'no script errors on the page');
    };
    return { page, finish };
  }

  test('Betty sends the agreement and the disclosure as one packet, in the order she sets', async () => {
    const { demo, browser } = harness;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${demo.demoUrl}/send-on-behalf`);
    const composer = page.locator('session-composer');
    await composer.getByText('Sender: Betty Agent').waitFor();
    await composer
      .getByLabel('Document', { exact: true })
      .selectOption({ label: 'Lead-based paint disclosure' });
    await composer
      .getByLabel('Another template for this packet')
      .selectOption({ label: 'Residential purchase agreement' });
    await composer.getByRole('button', { name: 'Add template' }).click();
    // The agreement comes first: moved up from the keyboard.
    await composer.getByRole('button', { name: 'Move Residential purchase agreement up' }).focus();
    await page.keyboard.press('Enter');
    assert.deepEqual(await composer.locator('[part~="packet-document"] span').allTextContents(), [
      'Residential purchase agreement',
      'Lead-based paint disclosure',
    ]);
    await composer.getByLabel('Packet name').fill(PACKET);

    const rows = [buyer, seller];
    await composer.getByRole('button', { name: 'Add a person' }).click();
    for (const [index, person] of rows.entries()) {
      await composer.locator(`#name-${index}`).fill(person.name);
      await composer.locator(`#email-${index}`).fill(person.email);
      await composer
        .locator(`#role-${index}`)
        .selectOption({ label: index === 0 ? 'Buyer' : 'Seller' });
    }
    await composer.getByText('Prefill and lock fields').click();
    await composer.getByLabel('Buyer name', { exact: true }).fill(buyer.name);
    await composer.getByLabel('Seller name', { exact: true }).fill(seller.name);
    await composer.getByLabel('Property address', { exact: true }).fill('1428 Elm Street');
    await composer.getByLabel('Property city state zip', { exact: true }).fill('Springfield, IL');
    await composer.getByLabel('Purchase price', { exact: true }).fill(PRICE);
    await page.screenshot({
      path: join(harness.screenshots, 'compose-packet.png'),
      fullPage: true,
    });
    await composer.getByRole('button', { name: 'Send', exact: true }).click();
    await composer.getByText(`Sent “${PACKET}”.`).waitFor();

    // The dashboard names the packet.
    await page.goto(`${demo.demoUrl}/dashboard`);
    await page
      .locator('signing-dashboard')
      .getByRole('row', { name: new RegExp(PACKET) })
      .waitFor();
    await context.close();
  });

  test('the buyer sees both documents and initials every page at once with the ones drawn', async () => {
    const { page, finish } = await openAsParty(buyer.email);
    assert.equal(
      await page.locator('sign-session').locator('[part~="page-image"]').count(),
      6,
      'four pages of the agreement, two of the disclosure',
    );
    await page.getByLabel('Earnest money', { exact: true }).pressSequentially('10,000.00');
    await page.getByLabel('Closing date', { exact: true }).fill('2026-07-15');
    await page.getByLabel('Financing conventional', { exact: true }).check();
    await page.getByLabel('Title company', { exact: true }).selectOption('Fidelity National Title');
    await drawInto(page, 'Initial: Buyer initials p1');

    await page.getByRole('button', { name: 'Initial all (5)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Initial every page' });
    await dialog.getByText('Put these initials on all 5 initials fields of yours?').waitFor();
    await dialog.getByRole('img').waitFor();
    await dialog.getByRole('button', { name: 'Initial all' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Initialed 5 fields.').waitFor();
    for (const initials of await initialsButtons(page).all()) {
      assert.equal(
        await initials.locator('img').count(),
        1,
        (await initials.getAttribute('aria-label')) ?? 'an initials field',
      );
    }
    await drawInto(page, 'Sign: Buyer signature');
    await drawInto(page, 'Sign: Buyer disclosure signature');
    await finish();
  });

  test('the seller initials every page from the keyboard alone, then signs', async () => {
    const { page, finish } = await openAsParty(seller.email);
    await page.getByLabel('Known lead hazards', { exact: true }).fill(HAZARDS);
    await page.getByRole('button', { name: 'Initial all (5)' }).focus();
    await page.keyboard.press('Enter');
    const typed = page.getByRole('dialog').getByLabel('Your initials');
    assert.equal(await typed.inputValue(), 'SS', 'the initials of the seller’s name, ready');
    await typed.focus();
    await page.keyboard.press('Enter');
    await page.getByText('Initialed 5 fields.').waitFor();
    assert.equal(await initialsButtons(page).locator('img').count(), 5);
    await drawInto(page, 'Sign: Seller signature');
    await drawInto(page, 'Sign: Seller disclosure signature');
    await finish();
  });

  test('one sealed PDF holds every value where placed; each document downloads apart; the trail records Initial all', async () => {
    const sessions = (await (await asBetty('/v1/sessions')).json()) as SessionList;
    let session = sessions.items.find((s: Session) => s.templateName === PACKET);
    assert.ok(session, 'the packet is listed under its name');
    // Sealing runs as a job: the session completes a moment after the last signature.
    for (const deadline = Date.now() + 30_000; session.status !== 'completed';) {
      assert.ok(Date.now() < deadline, `the session completed (it is ${session.status})`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      session = (await (await asBetty(`/v1/sessions/${session.id}`)).json()) as Session;
    }
    const sealed = new Uint8Array(
      await (await asBetty(`/v1/sessions/${session.id}/document.pdf`)).arrayBuffer(),
    );
    assert.match((await runPdfTool('pdfsig', [], sealed)).stdout, /Signature is Valid/);

    const { credentials } = harness;
    const agreement = (await (
      await asBetty(`/v1/templates/${credentials.purchaseAgreementTemplateId}`)
    ).json()) as Template;
    const disclosure = (await (
      await asBetty(`/v1/templates/${credentials.leadPaintDisclosureTemplateId}`)
    ).json()) as Template;
    const at = (template: Template, id: string, offset: number) => {
      const field = template.fields.find((f) => f.id === id);
      assert.ok(field, id);
      return { page: field.page + offset, rect: field.rect };
    };
    const drawn = await drawPdf(sealed, 'poppler');
    try {
      assert.ok(drawn.pageCount >= 7, 'six pages and the certificate');
      assert.deepEqual(
        await misdrawnFields(drawn, [
          { id: 'purchase_price', value: PRICE, ...at(agreement, 'purchase_price', 0) },
          { id: 'buyer_name', value: buyer.name, ...at(agreement, 'buyer_name', 0) },
          { id: 'known_hazards', value: HAZARDS, ...at(disclosure, 'known_hazards', 4) },
        ]),
        [],
      );
    } finally {
      await drawn.close();
    }
    const certificate = (await runPdfTool('pdftotext', ['-layout'], sealed)).stdout;
    assert.match(certificate, /Documents \(2\)/);
    assert.match(certificate, /Residential purchase agreement/);
    assert.match(certificate, /Pages +5 to 6/);

    const second = new Uint8Array(
      await (await asBetty(`/v1/sessions/${session.id}/documents/2`)).arrayBuffer(),
    );
    const secondText = (await runPdfTool('pdftotext', [], second)).stdout;
    assert.match(secondText, /Lead-Based Paint Disclosure/);
    assert.match(secondText, new RegExp(HAZARDS));
    assert.match(secondText, /Certificate of completion/);
    assert.doesNotMatch(secondText, /RESIDENTIAL PURCHASE AGREEMENT/);

    const trail = (await (await asBetty(`/v1/sessions/${session.id}/audit`)).json()) as AuditTrail;
    const initialedAll = trail.events.filter((event) => event.type === 'initialed_all');
    assert.equal(initialedAll.length, 2, 'once for the buyer, once for the seller');
  });
});
