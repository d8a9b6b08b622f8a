import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { startDemoUnderTest, type DemoUnderTest } from './demo-under-test.js';
import { signingLinkOf, waitForMessage } from './mailbox.js';
import { drawInto, giveConsent } from './sign-by-drawing.js';

// A buyer signs the purchase agreement on a 390 × 844 phone, one field at a time, as the guide says.

interface Person {
  name: string;
  email: string;
}
const buyer: Person = { name: 'Pat Phone', email: 'pat.phone@example.com' };
const seller: Person = { name: 'Sid Seller', email: 'sid.phone@example.com' };
const spanishBuyer: Person = { name: 'Paula Teléfono', email: 'paula.telefono@example.com' };
const spanishSeller: Person = { name: 'Santiago Vendedor', email: 'santiago@example.com' };

/** What the phone guide and the signature dialog say, per language. */
interface Words {
  lang: string;
  /** One guide line, capturing the name of the field it names next. */
  guide: RegExp;
  allDone: string;
  apply: string;
}
const english: Words = {
  lang: 'en',
  guide: /^(?:\d+ left · next:|Last one:) (.+), p\. \d+$/,
  allDone: 'All done: review, then finish and sign',
  apply: 'Apply',
};
const spanish: Words = {
  lang: 'es',
  guide: /^(?:Faltan \d+ · sigue:|Último:) (.+), p\. \d+$/,
  allDone: 'Listo: revise, luego termine y firme',
  apply: 'Aplicar',
};

/** The text of a part inside `<sign-session>`. */
const partText = (page: Page, selector: string) =>
  page.locator(`sign-session ${selector}`).innerText();

/** What the buyer types into each required field the guide names. */
const answers: Record<string, string> = {
  'Earnest money': '10,000.00',
  'Closing date': '2026-07-15',
};

describe('signing on a phone, field by field', () => {
  let harness: DemoUnderTest;

  before(async () => {
    harness = await startDemoUnderTest('phone-signing');
  });
  after(async () => {
    await harness?.close();
  });

  /** Betty sends the purchase agreement to `buyer` and `seller`; the buyer's invitation. */
  async function send(buyer: Person, seller: Person) {
    const desk = await harness.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const betty = await desk.newPage();
    await betty.goto(`${harness.demo.demoUrl}/sign`);
    await betty.locator('[data-session-list][data-state="ready"]').waitFor();
    await betty.getByLabel('Buyer name').fill(buyer.name);
    await betty.getByLabel('Buyer email').fill(buyer.email);
    await betty.getByLabel('Seller name').fill(seller.name);
    await betty.getByLabel('Seller email').fill(seller.email);
    await betty.getByLabel('Street address').fill('7 Harbor Lane');
    await betty.getByLabel('City, state, ZIP').fill('Springfield, IL 62704');
    await betty.getByRole('button', { name: 'Send for signature' }).click();
    await betty.locator('[data-send-status][data-state="sent"]').waitFor();
    await desk.close();
    return waitForMessage(harness.demo.apiUrl, 'the buyer’s invitation', (m) =>
      m.to.includes(buyer.email),
    );
  }

  /**
   * Follows the phone guide with Next (and Previous) to each field it names and fills it, until
   * it says all is done; `words.guide` reads the field's name out of one guide line.
   */
  async function followGuide(page: Page, words: Words) {
    const next = page.locator('sign-session [part~=step-next]');
    const previous = page.locator('sign-session [part~=step-previous]');
    const current = () => partText(page, '[part~=stepper] .where strong').catch(() => '');
    for (let guard = 0; guard < 12; guard++) {
      const guide = await partText(page, '[part~=guide]');
      if (guide === words.allDone) return;
      const wanted = words.guide.exec(guide)?.[1];
      assert.ok(wanted, `the guide names the next field: ${guide}`);
      // Next, one field at a time, up to the one the guide names (back with Previous at the end).
      let step = next;
      for (let steps = 0; (await current()) !== wanted; steps++) {
        assert.ok(steps < 40, `the stepper never reached ${wanted} (at ${await current()})`);
        if (await next.isDisabled()) step = previous;
        await step.tap();
      }
      const field = page.locator('sign-session [data-field]:focus-within');
      const box = await field.boundingBox();
      assert.ok(box && box.height >= 40, `${wanted} is ${box?.height} px high`);
      const control = field.locator('input, select, button').first();
      const kind = await control.evaluate((node) =>
        node instanceof HTMLInputElement ? node.type : node.tagName.toLowerCase(),
      );
      if (kind === 'button')
        await drawInto(page, (await control.getAttribute('aria-label'))!, words.apply);
      else if (kind === 'checkbox') await control.check();
      else if (kind === 'select') await control.selectOption({ index: 1 });
      else await control.fill(answers[wanted] ?? 'x');
      await control.blur().catch(() => {});
      if (guard === 2)
        await page.screenshot({
          path: join(harness.screenshots, `phone-step-390-${words.lang}.png`),
        });
    }
    assert.fail(`the guide never said it was all done`);
  }

  const phoneOf = (locale: string) =>
    harness.browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale,
    });

  test('the buyer follows the guide with Next, signs, and is told what happens next', async () => {
    const invitation = await send(buyer, seller);
    const phone = await phoneOf('en-US');
    const page = await phone.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(signingLinkOf(invitation));
    // Pinch-zoom stays the browser's: the page never forbids it.
    const viewport = await page.locator('meta[name=viewport]').getAttribute('content');
    assert.doesNotMatch(viewport ?? '', /user-scalable\s*=\s*(no|0)|maximum-scale\s*=\s*1\b/);
    await giveConsent(page);

    const header = await page.locator('sign-session [part~=header]').boundingBox();
    assert.ok(header && header.height <= 844 * 0.15, `header ${header?.height} px high`);
    assert.match(await partText(page, '[part~=sender]'), /From Betty Agent · Shoreline Realty/);
    const touchAction = await page
      .locator('sign-session [part~=document]')
      .evaluate((node) => getComputedStyle(node).touchAction);
    assert.equal(touchAction, 'auto');
    await page.screenshot({ path: join(harness.screenshots, 'phone-header-390.png') });

    // One short line on a phone: "3 left · next: Closing date, p. 2", "Last one: Signature, p. 2".
    await followGuide(page, english);

    await page.getByRole('button', { name: 'Finish and sign' }).tap();
    await page.getByRole('heading', { name: "You're done" }).waitFor();
    assert.match(
      await partText(page, '[part~=outcome]'),
      /The other parties are asked to sign next; when everyone has, you'll receive the completed document by email\./,
    );
    await page.screenshot({ path: join(harness.screenshots, 'phone-done-390.png') });
    await phone.close();
    assert.deepEqual(errors, []);
  });

  test('a buyer whose phone speaks Spanish signs field by field in Spanish on an English page', async () => {
    const invitation = await send(spanishBuyer, spanishSeller);
    const phone = await phoneOf('es-MX');
    const page = await phone.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(signingLinkOf(invitation));
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    // The browser's language is stored as the party's at the first look, and the element follows it.
    await page.getByLabel('Acepto usar documentos y firmas electrónicos').check();
    await page.getByRole('button', { name: 'Continuar' }).click();
    await page.locator('sign-session [part~="document"]').waitFor();
    assert.equal(await page.locator('sign-session').getAttribute('lang'), 'es');
    assert.match(await partText(page, '[part~=sender]'), /Betty Agent · Shoreline Realty/);

    // "Faltan 3 · sigue: Closing date, p. 2": the field names stay as the template wrote them.
    await followGuide(page, spanish);

    await page.getByRole('button', { name: 'Terminar y firmar' }).tap();
    await page.getByRole('heading', { name: 'Ha terminado' }).waitFor();
    await page.screenshot({ path: join(harness.screenshots, 'phone-done-390-es.png') });
    assert.match(
      await partText(page, '[part~=outcome]'),
      /Recibirá el documento completo por correo cuando todos hayan firmado\./,
    );
    await phone.close();
    assert.deepEqual(errors, []);

    // The seller is invited next; the buyer's language is kept for every email the buyer gets.
    await waitForMessage(harness.demo.apiUrl, 'the seller’s invitation', (m) =>
      m.to.includes(spanishSeller.email),
    );
  });
});
