import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Template } from '@signport/core';
import type { Page } from 'playwright-core';
import { startDemoUnderTest, type DemoUnderTest } from './demo-under-test.js';
import { signingLinkOf, waitForMessage } from './mailbox.js';
import { giveConsent } from './sign-by-drawing.js';

// The hosted signing (`/s/`) and form (`/f/`) pages as a buyer sees them on a 390 px phone and a
// 1280 px screen: the sender's logo once, one short guide line, fields that open with the page to
// their left, and the elements in the system's UI font rather than the browser's Times.

const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 800 };

// Browser-side code is kept as strings: the test runner's transform would add helpers to functions.
/** What the page shows: visible logos (page and shadow roots), the header, guide and font. */
const LOOK = `(() => {
  const deep = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deep(el.shadowRoot) : [])]);
  const shown = (el) => { const box = el.getBoundingClientRect(); return box.width > 0 && box.height > 0; };
  const session = document.querySelector('sign-session').shadowRoot;
  const guide = session.querySelector('[part~=guide]');
  const header = session.querySelector('[part~=header]');
  return {
    logos: deep(document).filter((el) => el.matches('img[src*="/logos/"], [part~=sender-logo]')).filter(shown).length,
    header: header ? header.getBoundingClientRect().height : 0,
    guideLines: guide ? guide.getBoundingClientRect().height / parseFloat(getComputedStyle(guide).lineHeight) : 0,
    headerButtons: header ? [...header.querySelectorAll('button')].filter(shown).map((b) => b.textContent.trim()) : [],
    font: getComputedStyle(session.querySelector('*')).fontFamily,
    pageWidth: document.documentElement.scrollWidth,
  };
})()`;

/** Where the focused field sits in the zoomed pages, in px from their visible left edge. */
const FOCUSED = `(() => {
  const session = document.querySelector('sign-session').shadowRoot;
  const field = session.activeElement && session.activeElement.closest('[data-field]');
  if (!field) return null;
  const pages = session.querySelector('[part~=document]').getBoundingClientRect();
  const box = field.getBoundingClientRect();
  return { id: field.dataset.field, left: box.left - pages.left, width: pages.width };
})()`;

interface Look {
  logos: number;
  header: number;
  guideLines: number;
  headerButtons: string[];
  font: string;
  pageWidth: number;
}

describe('the hosted pages look finished at 390 and 1280 px', () => {
  let harness: DemoUnderTest;
  let signingUrl = '';
  let formUrl = '';

  before(async () => {
    harness = await startDemoUnderTest('hosted-look');
    const { apiUrl } = harness.demo;
    const { credentials } = harness;
    const as = async <T>(user: string, path: string, body?: unknown): Promise<T> => {
      const minted = await fetch(`${apiUrl}/v1/embed-tokens`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${credentials.secretKey}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ externalId: user }),
      });
      const { token } = (await minted.json()) as { token: string };
      const res = await fetch(`${apiUrl}${path}`, {
        method: body ? 'POST' : 'GET',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: body ? JSON.stringify(body) : undefined,
      });
      assert.ok(res.ok, `${path}: ${res.status}`);
      return (await res.json()) as T;
    };
    const draft = await as<{ id: string }>('betty', '/v1/sessions', {
      templateId: credentials.purchaseAgreementTemplateId,
      parties: [
        { role: 'buyer', name: 'Bea Buyer', email: 'bea.look@example.com' },
        { role: 'seller', name: 'Sid Seller', email: 'sid.look@example.com' },
      ],
    });
    await as('betty', `/v1/sessions/${draft.id}/send`, {});
    const invitation = await waitForMessage(apiUrl, 'the buyer’s invitation', (message) =>
      message.to.includes('bea.look@example.com'),
    );
    const token = new URL(signingLinkOf(invitation)).searchParams.get('token');
    signingUrl = `${apiUrl}/s/${token}`;
    const rental = await as<Template>(
      'alice',
      `/v1/templates/${credentials.rentalApplicationTemplateId}`,
    );
    formUrl = `${apiUrl}/f/${rental.form!.slug}`;
  });
  after(async () => {
    await harness?.close();
  });

  async function open(viewport: typeof phone, url: string) {
    const mobile = viewport === phone;
    const context = await harness.browser.newContext({
      viewport,
      isMobile: mobile,
      hasTouch: mobile,
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.goto(url);
    return { context, page };
  }
  const look = (page: Page) => page.evaluate(LOOK) as Promise<Look>;

  test('the signing page on a phone: one logo, a one-line guide, fields opened with the page to their left', async () => {
    const { context, page } = await open(phone, signingUrl);
    await giveConsent(page);
    const shown = await look(page);
    assert.equal(shown.logos, 1, 'the sender’s logo shows once');
    assert.ok(shown.header <= phone.height * 0.15, `header ${shown.header} px high`);
    assert.ok(shown.guideLines < 1.5, `the guide takes ${shown.guideLines} lines`);
    assert.match(shown.font, /^system-ui,/);
    assert.ok(shown.pageWidth <= phone.width, `page ${shown.pageWidth} px wide`);
    await page.screenshot({ path: join(harness.screenshots, 'hosted-signing-390.png') });

    // Field by field: each opens whole from its start, with page context to its left.
    const next = page.locator('sign-session [part~=step-next]');
    for (let step = 0; step < 10 && !(await next.isDisabled()); step++) {
      await next.tap();
      const at = (await page.evaluate(FOCUSED)) as { id: string; left: number; width: number };
      assert.ok(at, 'Next focuses a field');
      assert.ok(
        at.left >= at.width * 0.1 && at.left <= at.width - 44,
        `${at.id} opens ${Math.round(at.left)} px from the left edge of ${at.width}`,
      );
    }
    await page.screenshot({ path: join(harness.screenshots, 'hosted-signing-390-step.png') });
    await context.close();
  });

  test('the signing page on a wide screen: one logo, and the guide carries the only header button', async () => {
    const { context, page } = await open(desktop, signingUrl);
    await page.locator('sign-session [part~=guide]').waitFor();
    const shown = await look(page);
    assert.equal(shown.logos, 1, 'the sender’s logo shows once');
    // "Start" until the buyer is in a field, then "Go to field": either way, the only one.
    assert.equal(shown.headerButtons.length, 1, `header buttons: ${shown.headerButtons}`);
    assert.match(shown.headerButtons[0]!, /^(Start|Go to field)$/);
    assert.ok(shown.guideLines < 1.5, `the guide takes ${shown.guideLines} lines`);
    assert.match(shown.font, /^system-ui,/);
    await page.screenshot({ path: join(harness.screenshots, 'hosted-signing-1280.png') });
    await context.close();
  });

  test('the form page shows the owner’s logo once, before and after starting', async () => {
    for (const viewport of [phone, desktop]) {
      const { context, page } = await open(viewport, formUrl);
      await page.locator('sign-session').getByRole('button', { name: /Start/ }).first().waitFor();
      assert.equal((await look(page)).logos, 1, `before starting at ${viewport.width}`);
      await page.locator('sign-session').getByRole('button', { name: /Start/ }).first().click();
      await giveConsent(page);
      assert.equal((await look(page)).logos, 1, `after starting at ${viewport.width}`);
      await page.screenshot({
        path: join(harness.screenshots, `hosted-form-${viewport.width}.png`),
      });
      await context.close();
    }
  });
});
