import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { EmbedToken, FieldRect, Session, SessionList, Template } from '@signport/core';
import { drawPdf, misdrawnFields } from '../../packages/server/test/support/read-pdf-as-person.js';
import { flatOfferPdf } from '../src/templates/flat-offer-pdf.js';
import { startDemoUnderTest, type DemoUnderTest } from './demo-under-test.js';
import { signingLinkOf, waitForMessage } from './mailbox.js';
import { drawInto, giveConsent } from './sign-by-drawing.js';

/** Where the flat offer's blanks are, as fractions of its letter pages from the top-left corner. */
const blanks = {
  buyerName: { page: 1, x: 0.294, y: 0.2197, width: 0.4, height: 0.0253 },
  offerPrice: { page: 1, x: 0.294, y: 0.2702, width: 0.4, height: 0.0253 },
  buyerSignature: { page: 2, x: 0.294, y: 0.5707, width: 0.3, height: 0.0505 },
};

/** Presses `key` `times` times: what a keyboard user does to nudge a field into place. */
async function press(page: Page, key: string, times: number): Promise<void> {
  for (let i = 0; i < times; i += 1) await page.keyboard.press(key);
}

/**
 * Presses Tab (or Shift+Tab) until the focused control, looked up through shadow roots, is the one
 * named `name`: how a keyboard user reaches a control, with no pointer at all.
 */
async function tabTo(page: Page, name: string | RegExp, backwards = false): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    const focused = await page.evaluate(() => {
      let element = document.activeElement;
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      if (!element) return '';
      const label = (element as HTMLInputElement).labels?.[0]?.textContent;
      return (element.getAttribute('aria-label') ?? label ?? element.textContent ?? '')
        .replace(/\s+/g, ' ')
        .trim();
    });
    if (typeof name === 'string' ? focused === name : name.test(focused)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${String(name)}`);
}

/** A rect's distance from where it was meant to go, in fractions of the page. */
function offBy(rect: FieldRect, meant: FieldRect): number {
  return Math.max(Math.abs(rect.x - meant.x), Math.abs(rect.y - meant.y));
}

describe('building a template from a flat PDF on the demo site, then sending it', () => {
  let harness: DemoUnderTest;
  let offer: Uint8Array;

  before(async () => {
    harness = await startDemoUnderTest('templates');
    offer = await flatOfferPdf();
  });
  after(async () => {
    await harness?.close();
  });

  /** Calls the API as Alice, with an embed token minted by the demo's secret key. */
  const asAlice = async <T>(path: string): Promise<T> => {
    const { demo, credentials } = harness;
    const minted = await fetch(`${demo.apiUrl}/v1/embed-tokens`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${credentials.secretKey}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ externalId: 'alice' }),
    });
    const { token } = (await minted.json()) as EmbedToken;
    const response = await fetch(`${demo.apiUrl}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(response.status, 200, path);
    return path.endsWith('.pdf')
      ? (new Uint8Array(await response.arrayBuffer()) as T)
      : ((await response.json()) as T);
  };

  /** Alice on the Templates page with the flat offer uploaded, its pages on screen. */
  async function openBuilder(width: number, hasTouch = false) {
    const context = await harness.browser.newContext({
      viewport: { width, height: 900 },
      hasTouch,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${harness.demo.demoUrl}/templates`);
    await Promise.all([page.waitForNavigation(), page.selectOption('#demo-user', 'alice')]);
    const builder = page.locator('template-builder');
    await builder.locator('input[type="file"]').setInputFiles({
      name: 'Offer to purchase.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(offer),
    });
    await page.waitForFunction(() => {
      const images = document
        .querySelector('template-builder')
        ?.shadowRoot?.querySelectorAll<HTMLImageElement>('[part~="page-image"]');
      return (
        images?.length === 2 &&
        [...images].every((image) => image.complete && image.naturalWidth > 0)
      );
    });
    const templateId = (await builder.getAttribute('template-id')) ?? '';
    assert.match(templateId, /^tpl_/);
    const saved = () => builder.locator('[part~="save-state"][data-state="saved"]').waitFor();
    const leave = async () => {
      await context.close();
      assert.deepEqual(errors, [], 'no script errors on the page');
    };
    return { page, context, builder, templateId, saved, leave };
  }

  /** Sends the template from Compose to one buyer, who signs it; answers the sealed PDF. */
  async function sendAndSign(
    templateName: string,
    buyer: { name: string; email: string },
    values: { name: string; price: string },
  ) {
    const { demo, browser } = harness;
    const agent = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await agent.newPage();
    await page.goto(`${demo.demoUrl}/send-on-behalf`);
    await Promise.all([page.waitForNavigation(), page.selectOption('#demo-user', 'alice')]);
    const composer = page.locator('session-composer');
    await composer.getByLabel('Document').selectOption({ label: templateName });
    await composer.getByRole('textbox', { name: 'Name', exact: true }).fill(buyer.name);
    await composer.getByRole('textbox', { name: 'Email', exact: true }).fill(buyer.email);
    await composer.getByRole('button', { name: 'Send', exact: true }).click();
    await composer.getByText(`Sent “${templateName}”.`).waitFor();
    await agent.close();

    const invitation = await waitForMessage(demo.apiUrl, `${buyer.name}’s invitation`, (m) =>
      m.to.includes(buyer.email),
    );
    const party = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const signing = await party.newPage();
    await signing.goto(signingLinkOf(invitation));
    await giveConsent(signing);
    await signing.getByLabel('Buyer name', { exact: true }).fill(values.name);
    await signing.getByLabel('Offer price', { exact: true }).fill(values.price);
    await drawInto(signing, 'Sign: Buyer signature');
    for (const initials of await signing.getByRole('button', { name: /^Initial: / }).all()) {
      const name = (await initials.getAttribute('aria-label')) ?? '';
      await drawInto(signing, name);
    }
    await signing.getByRole('button', { name: 'Finish and sign' }).click();
    await signing.getByRole('heading', { name: "You're done" }).waitFor();
    await party.close();

    // Sealing runs as a job: the session completes a moment after the last signature.
    for (const deadline = Date.now() + 30_000; ;) {
      const sessions = await asAlice<SessionList>('/v1/sessions');
      const session = sessions.items.find((s: Session) => s.templateName === templateName);
      if (session?.status === 'completed')
        return asAlice<Uint8Array>(`/v1/sessions/${session.id}/document.pdf`);
      assert.ok(Date.now() < deadline, `the session completed (it is ${session?.status})`);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }

  /** Reads the sealed PDF as a person would: each value must show where its field was placed. */
  async function assertValuesWherePlaced(
    sealed: Uint8Array,
    template: Template,
    values: Record<string, string>,
  ) {
    const drawn = await drawPdf(sealed, 'poppler');
    try {
      const shown = Object.entries(values).map(([name, value]) => {
        const field = template.fields.find((f) => f.name === name);
        assert.ok(field, name);
        return { id: field.id, value, page: field.page, rect: field.rect };
      });
      assert.deepEqual(await misdrawnFields(drawn, shown), []);
      assert.equal(drawn.pageCount, 3, 'two pages and the audit certificate');
    } finally {
      await drawn.close();
    }
  }

  test('with the mouse: Alice draws the fields on the flat offer, sends it, the buyer signs', async () => {
    const { page, builder, templateId, saved, leave } = await openBuilder(1024);
    await builder.getByLabel('Template name').fill('Offer to purchase (mouse)');
    await builder.getByLabel('Template name').press('Tab');
    await builder.getByLabel('Name', { exact: true }).fill('Buyer');
    await builder.getByLabel('Name', { exact: true }).press('Tab');

    /**
     * Scrolls page `number` so that the height `fy` (a fraction of it) is mid-window; answers how
     * to turn fractions of that page into window pixels.
     */
    const pageAt = async (number: number, fy: number) => {
      const pageImage = builder.locator(`[data-page="${number}"]`);
      await pageImage.evaluate((element, fy) => {
        const box = element.getBoundingClientRect();
        window.scrollBy(0, box.top + box.height * fy - window.innerHeight / 2);
      }, fy);
      const box = await pageImage.boundingBox();
      assert.ok(box);
      return (fx: number, fy: number) => [box.x + box.width * fx, box.y + box.height * fy] as const;
    };
    const drag = async (type: string, rect: (typeof blanks)[keyof typeof blanks]) => {
      await builder.locator(`[part~="field-type"][data-type="${type}"]`).click();
      const at = await pageAt(rect.page, rect.y);
      await page.mouse.move(...at(rect.x, rect.y));
      await page.mouse.down();
      await page.mouse.move(...at(rect.x + rect.width / 2, rect.y + rect.height / 2), { steps: 4 });
      await page.mouse.move(...at(rect.x + rect.width, rect.y + rect.height), { steps: 4 });
      await page.mouse.up();
    };
    /** Chooses a type, then clicks once on the page: the field takes its default size there. */
    const click = async (type: string, number: number, fx: number, fy: number) => {
      await builder.locator(`[part~="field-type"][data-type="${type}"]`).click();
      await page.mouse.click(...(await pageAt(number, fy))(fx, fy));
    };
    const label = async (name: string) => {
      await builder.getByLabel('Label', { exact: true }).fill(name);
      await builder.getByLabel('Label', { exact: true }).press('Tab');
    };

    await drag('text', blanks.buyerName);
    await label('Buyer name');
    await click('number', 1, blanks.offerPrice.x + 0.125, blanks.offerPrice.y + 0.0125);
    await label('Offer price');
    await drag('signature', blanks.buyerSignature);
    await label('Buyer signature');
    // Initials in the corner of page 1, then on every page.
    await click('initials', 1, 0.86, 0.93);
    await label('Buyer initials');
    await builder.getByRole('button', { name: 'Duplicate on every page' }).click();
    await saved();

    // The server judges: a drop-down left without options is refused, and says so by its options.
    await click('select', 1, 0.4, 0.6);
    await saved();
    const options = builder.getByLabel('Options, one a line');
    await options.fill('');
    await options.press('Tab');
    const refusal = builder.locator('#error-options');
    await refusal.waitFor();
    assert.match((await refusal.textContent()) ?? '', /^fields\.5\.options: /);
    assert.equal(await options.getAttribute('aria-invalid'), 'true');
    assert.match(
      (await builder.locator('[part~="save-state"]').textContent()) ?? '',
      /Not saved: fields\.5\.options/,
    );
    await builder.getByRole('button', { name: 'Delete field' }).click();
    await saved();

    await page.screenshot({
      path: join(harness.screenshots, 'templates-mouse-1024.png'),
      fullPage: true,
    });
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.screenshot({
      path: join(harness.screenshots, 'templates-mouse-768.png'),
      fullPage: true,
    });
    await leave();

    const template = await asAlice<Template>(`/v1/templates/${templateId}`);
    const field = (name: string) => template.fields.find((f) => f.name === name)!;
    assert.deepEqual(
      template.fields.map((f) => [f.name, f.type, f.role, f.page]),
      [
        ['Buyer name', 'text', 'signer', 1],
        ['Offer price', 'number', 'signer', 1],
        ['Buyer signature', 'signature', 'signer', 2],
        ['Buyer initials (page 1)', 'initials', 'signer', 1],
        ['Buyer initials (page 2)', 'initials', 'signer', 2],
      ],
    );
    assert.ok(offBy(field('Buyer name').rect, blanks.buyerName) < 0.01, 'name over its blank');
    assert.ok(offBy(field('Buyer signature').rect, blanks.buyerSignature) < 0.01);
    assert.ok(Math.abs(field('Offer price').rect.y - blanks.offerPrice.y) < 0.01);
    assert.deepEqual(template.roles, [{ key: 'signer', name: 'Buyer', order: 1 }]);

    const sealed = await sendAndSign(
      'Offer to purchase (mouse)',
      { name: 'Zoe Buyer', email: 'zoe@example.com' },
      { name: 'Zoe Buyer', price: '452500' },
    );
    await assertValuesWherePlaced(sealed, template, {
      'Buyer name': 'Zoe Buyer',
      'Offer price': '452500',
    });
  });

  test('with the keyboard alone: Alice places, moves and resizes the fields, sends it, the buyer signs', async () => {
    const { page, templateId, saved, leave } = await openBuilder(1024);
    await page.locator('body').focus();
    await tabTo(page, 'Template name');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Offer to purchase (keyboard)');

    // Text: Enter on the type adds it to page 1, in the middle; arrows take it to its blank.
    await tabTo(page, 'Text');
    await page.keyboard.press('Enter');
    await press(page, 'ArrowLeft', 16);
    await press(page, 'ArrowUp', 54);
    await press(page, 'Shift+ArrowRight', 30);
    await tabTo(page, 'Label');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Buyer name');
    await page.keyboard.press('Tab');

    await tabTo(page, 'Number', true);
    await page.keyboard.press('Enter');
    await press(page, 'ArrowLeft', 16);
    await press(page, 'ArrowUp', 43);
    await press(page, 'Shift+ArrowRight', 30);
    await tabTo(page, 'Label');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Offer price');
    await page.keyboard.press('Tab');

    // A mistake, deleted with the Delete key.
    await tabTo(page, 'Checkbox', true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Delete');

    // The signature goes to page 2 through its settings, then into place.
    await tabTo(page, 'Signature', true);
    await page.keyboard.press('Enter');
    await tabTo(page, 'Label');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Buyer signature');
    await page.keyboard.press('Tab');
    await tabTo(page, 'Page');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, /^Buyer signature: Signature for Signer, page 2$/, true);
    await press(page, 'ArrowLeft', 16);
    await press(page, 'ArrowDown', 19);
    await saved();
    await page.screenshot({
      path: join(harness.screenshots, 'templates-keyboard-1024.png'),
      fullPage: true,
    });
    await leave();

    const template = await asAlice<Template>(`/v1/templates/${templateId}`);
    assert.equal(template.name, 'Offer to purchase (keyboard)');
    assert.deepEqual(
      template.fields.map((f) => [f.name, f.type, f.page]),
      [
        ['Buyer name', 'text', 1],
        ['Offer price', 'number', 1],
        ['Buyer signature', 'signature', 2],
      ],
    );
    const field = (name: string) => template.fields.find((f) => f.name === name)!;
    assert.ok(offBy(field('Buyer name').rect, blanks.buyerName) < 0.01, 'name over its blank');
    assert.ok(offBy(field('Offer price').rect, blanks.offerPrice) < 0.01, 'price over its blank');
    assert.ok(offBy(field('Buyer signature').rect, blanks.buyerSignature) < 0.01);
    assert.ok(Math.abs(field('Buyer name').rect.width - 0.4) < 0.001, 'widened by Shift+arrows');

    const sealed = await sendAndSign(
      'Offer to purchase (keyboard)',
      { name: 'Kim Keys', email: 'kim@example.com' },
      { name: 'Kim Keys', price: '398000' },
    );
    await assertValuesWherePlaced(sealed, template, {
      'Buyer name': 'Kim Keys',
      'Offer price': '398000',
    });
  });
  test('on a tablet, by touch: a finger draws a field and drags it into place', async () => {
    const { page, context, builder, templateId, saved, leave } = await openBuilder(768, true);
    const cdp = await context.newCDPSession(page);
    /** One finger's gesture through the browser's own touch input, in window pixels. */
    const swipe = async (from: readonly [number, number], to: readonly [number, number]) => {
      const point = ([x, y]: readonly [number, number]) => [{ x: Math.round(x), y: Math.round(y) }];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from) });
      for (let step = 1; step <= 5; step += 1) {
        const at = [
          from[0] + ((to[0] - from[0]) * step) / 5,
          from[1] + ((to[1] - from[1]) * step) / 5,
        ] as const;
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(at) });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    const pageOne = builder.locator('[data-page="1"]');
    /** Page 1 in the middle of the window, and how to turn its fractions into window pixels. */
    const box = async () => {
      await pageOne.evaluate((element) => element.scrollIntoView({ block: 'center' }));
      const found = await pageOne.boundingBox();
      assert.ok(found);
      return (fx: number, fy: number) =>
        [found.x + found.width * fx, found.y + found.height * fy] as const;
    };

    await builder.locator('[part~="field-type"][data-type="text"]').tap();
    let at = await box();
    await swipe(at(0.1, 0.4), at(0.5, 0.43));
    await saved();
    let [field] = (await asAlice<Template>(`/v1/templates/${templateId}`)).fields;
    assert.ok(field && offBy(field.rect, { x: 0.1, y: 0.4, width: 0.4, height: 0.03 }) < 0.01);
    assert.ok(Math.abs(field.rect.width - 0.4) < 0.01, `drawn ${JSON.stringify(field.rect)}`);

    at = await box();
    await swipe(at(0.3, 0.415), at(0.5, 0.215));
    await saved();
    [field] = (await asAlice<Template>(`/v1/templates/${templateId}`)).fields;
    assert.ok(
      field && offBy(field.rect, { x: 0.3, y: 0.2, width: 0.4, height: 0.03 }) < 0.01,
      `moved ${JSON.stringify(field?.rect)}`,
    );
    await page.screenshot({ path: join(harness.screenshots, 'templates-touch-768.png') });
    await leave();
  });
});
