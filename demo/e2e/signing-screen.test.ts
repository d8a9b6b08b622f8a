import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { PartyView, Workroom } from '@signport/core';
import { startDemoUnderTest, type DemoUnderTest } from './demo-under-test.js';
import { signingLinkOf, waitForMessage } from './mailbox.js';
import { drawInto, giveConsent } from './sign-by-drawing.js';

// The buyer and the seller of the demo's purchase agreement, as they see the signing screen.

const buyer = { name: 'Bea Buyer', email: 'bea.buyer@example.com' };
const seller = { name: 'Sid Seller', email: 'sid.seller@example.com' };

/** Reads inside `<sign-session>`'s shadow root. */
const inElement = <T>(page: Page, read: (root: ShadowRoot) => T) =>
  page.evaluate((source) => {
    const root = document.querySelector('sign-session')!.shadowRoot!;
    return (new Function('root', `return (${source})(root)`) as (r: ShadowRoot) => unknown)(root);
  }, read.toString()) as Promise<T>;

const ready = (page: Page) =>
  page.waitForFunction(() => {
    const root = document.querySelector('sign-session')?.shadowRoot;
    return Boolean(root?.querySelector('[part=consent], [part~=document], [part=outcome]'));
  });

describe('the signing screen tells the truth', () => {
  let harness: DemoUnderTest;
  let buyerLink = '';

  before(async () => {
    harness = await startDemoUnderTest('signing-screen');
  });
  after(async () => {
    await harness?.close();
  });

  const person = async (width: number) => {
    const context = await harness.browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    return {
      page,
      leave: async () => {
        await context.close();
        assert.deepEqual(errors, [], 'no script errors on the page');
      },
    };
  };
  const partyApi = async <T>(link: string, path: string): Promise<T> => {
    const token = new URL(link).searchParams.get('token');
    const res = await fetch(`${harness.demo.apiUrl}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(res.status, 200);
    return (await res.json()) as T;
  };

  test('Betty sends the agreement', async () => {
    const { page, leave } = await person(1280);
    await page.goto(`${harness.demo.demoUrl}/sign`);
    await page.locator('[data-session-list][data-state="ready"]').waitFor();
    await page.getByLabel('Buyer name').fill(buyer.name);
    await page.getByLabel('Buyer email').fill(buyer.email);
    await page.getByLabel('Seller name').fill(seller.name);
    await page.getByLabel('Seller email').fill(seller.email);
    await page.getByLabel('Street address').fill('1428 Elm Street, Unit 3B');
    await page.getByLabel('City, state, ZIP').fill('Springfield, IL 62704');
    await page.getByRole('button', { name: 'Send for signature' }).click();
    await page.locator('[data-send-status][data-state="sent"]').waitFor();
    await leave();
    const invitation = await waitForMessage(
      harness.demo.apiUrl,
      'the buyer’s invitation',
      (message) => message.to.includes(buyer.email),
    );
    buyerLink = signingLinkOf(invitation);
  });

  test('consent once; the document opens at the first field to fill; a reload asks nothing', async () => {
    const { page, leave } = await person(1280);
    await page.goto(buyerLink);
    await ready(page);
    await page.screenshot({ path: join(harness.screenshots, 'screen-consent-1280.png') });
    await giveConsent(page);
    await page.waitForFunction(() =>
      document.querySelector('sign-session')?.shadowRoot?.activeElement?.id.startsWith('field-'),
    );
    // Smooth scrolling settles, then the focused field is on screen, not the end of the document.
    await page.waitForTimeout(800);
    const focused = await inElement(page, (root) => {
      const control = root.activeElement as HTMLElement;
      const box = control.getBoundingClientRect();
      return { id: control.id, top: box.top, bottom: box.bottom, inner: innerHeight };
    });
    const view = await partyApi<PartyView>(buyerLink, '/v1/party');
    const firstEmpty = view.fields
      .filter((field) => field.required && !field.locked && field.value === null)
      .sort((a, b) => a.page - b.page || a.rect.y - b.rect.y || a.rect.x - b.rect.x)[0];
    assert.equal(focused.id, `field-${firstEmpty?.id}`, 'the first required field to fill');
    assert.ok(focused.top >= 0 && focused.bottom <= focused.inner, JSON.stringify(focused));
    assert.ok(view.consent.acceptedAt, 'the party API says consent was given');
    await page.screenshot({ path: join(harness.screenshots, 'screen-after-consent-1280.png') });

    await page.reload();
    await ready(page);
    assert.equal(
      await page.getByLabel('I agree to use electronic records and signatures').count(),
      0,
    );
    assert.equal(
      await inElement(page, (root) => root.querySelector('[part=consent]') === null),
      true,
    );
    await leave();
  });

  test('header, signers panel and API count progress the same way', async () => {
    const { page, leave } = await person(1280);
    await page.goto(buyerLink);
    await ready(page);
    await page.getByLabel('Earnest money', { exact: true }).fill('10,000.00');
    await page.getByLabel('Closing date', { exact: true }).fill('2026-07-15');
    await page.getByLabel('Closing date', { exact: true }).blur();
    await page.locator('sign-session [part=save-status]', { hasText: 'Saved' }).waitFor();
    const header = await page.locator('sign-session #progress-text').innerText();
    const row = page.locator('sign-session [part=workroom-party]', { hasText: buyer.name });
    await row.filter({ hasText: header }).waitFor();
    const workroom = await partyApi<Workroom>(buyerLink, '/v1/party/workroom');
    const mine = workroom.roles.flatMap((role) => role.parties).find((party) => party.you);
    assert.equal(
      header,
      `${mine?.progress.filled} of ${mine?.progress.required} required fields done`,
    );
    await leave();
  });

  for (const width of [1280, 390]) {
    test(`radio options sit on the PDF's own buttons at ${width} px`, async () => {
      const { page, leave } = await person(width);
      await page.goto(buyerLink);
      await ready(page);
      const view = await partyApi<PartyView>(buyerLink, '/v1/party');
      const possession = view.fields.find((field) => field.id === 'possession');
      assert.ok(possession?.optionRects, 'the view places each option');
      const radios = page.locator('sign-session [data-field=possession] input[type=radio]');
      await radios.first().scrollIntoViewIfNeeded();
      const pageBox = await page
        .locator('sign-session [part~=page]')
        .nth(possession.page - 1)
        .boundingBox();
      assert.ok(pageBox);
      for (const [index, { option, rect }] of possession.optionRects.entries()) {
        const box = await radios.nth(index).boundingBox();
        assert.ok(box);
        assert.equal(await radios.nth(index).getAttribute('aria-label'), option);
        const expected = {
          x: pageBox.x + rect.x * pageBox.width,
          y: pageBox.y + rect.y * pageBox.height,
          width: rect.width * pageBox.width,
        };
        for (const key of ['x', 'y', 'width'] as const)
          assert.ok(
            Math.abs(box[key] - expected[key]) < 1.5,
            `${option} ${key}: ${box[key]} vs ${expected[key]}`,
          );
      }
      await page.getByRole('radio', { name: 'Days after closing' }).check();
      const shot = join(harness.screenshots, `screen-radio-${width}.png`);
      await page.screenshot({ path: shot });
      await page.screenshot({
        path: join(harness.screenshots, `screen-full-${width}.png`),
        fullPage: true,
      });
      await leave();
    });
  }

  test('the buyer signs; the seller sees the chosen radio, then declines; everyone sees Declined', async () => {
    const buyerPage = await person(1280);
    let page = buyerPage.page;
    await page.goto(buyerLink);
    await ready(page);
    await page.getByLabel('Financing conventional', { exact: true }).check();
    await page.getByLabel('Title company', { exact: true }).selectOption('Fidelity National Title');
    for (const pageNumber of [1, 2, 3])
      await drawInto(page, `Initial: Buyer initials p${pageNumber}`);
    await drawInto(page, 'Sign: Buyer signature');
    await page.getByRole('button', { name: 'Finish and sign' }).click();
    await page.getByRole('heading', { name: "You're done" }).waitFor();
    await buyerPage.leave();

    const invitation = await waitForMessage(
      harness.demo.apiUrl,
      'the seller’s invitation',
      (message) => message.to.includes(seller.email),
    );
    const sellerLink = signingLinkOf(invitation);
    const sellerPage = await person(390);
    page = sellerPage.page;
    await page.goto(sellerLink);
    await ready(page);
    await giveConsent(page);
    const chosen = page.getByRole('radio', { name: 'Days after closing', checked: true });
    await chosen.scrollIntoViewIfNeeded();
    assert.equal(await chosen.count(), 1);
    const view = await partyApi<PartyView>(sellerLink, '/v1/party');
    const rect = view.others
      .find((other) => other.fieldId === 'possession')
      ?.optionRects?.find((entry) => entry.option === 'Days after closing')?.rect;
    assert.ok(rect);
    const pageBox = await page.locator('sign-session [part~=page]').nth(1).boundingBox();
    const box = await chosen.boundingBox();
    assert.ok(pageBox && box);
    assert.ok(Math.abs(box.x - (pageBox.x + rect.x * pageBox.width)) < 1.5);
    assert.ok(Math.abs(box.y - (pageBox.y + rect.y * pageBox.height)) < 1.5);
    await page.screenshot({ path: join(harness.screenshots, 'screen-seller-radio-390.png') });

    await page.getByRole('button', { name: 'Decline to sign' }).click();
    await page.getByRole('dialog').getByLabel('Why are you declining?').fill('Price too low');
    await page.getByRole('dialog').getByRole('button', { name: 'Decline' }).click();
    await page.getByRole('heading', { name: 'You declined to sign' }).waitFor();
    await page
      .locator('sign-session [part=workroom-party]', { hasText: seller.name })
      .filter({ hasText: 'Declined' })
      .waitFor({ timeout: 3000 });
    await page.screenshot({
      path: join(harness.screenshots, 'screen-declined-390.png'),
      fullPage: true,
    });
    await sellerPage.leave();

    const again = await person(1280);
    await again.page.goto(buyerLink);
    await ready(again.page);
    await again.page
      .locator('sign-session [part=workroom-party]', { hasText: seller.name })
      .filter({ hasText: 'Declined' })
      .waitFor();
    await again.page.screenshot({
      path: join(harness.screenshots, 'screen-buyer-sees-declined-1280.png'),
      fullPage: true,
    });
    await again.leave();
  });
});
