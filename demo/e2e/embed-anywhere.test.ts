import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import type { PartyView, Template } from '@signport/core';
import { runServerCli } from '../src/seed/server-cli.js';
import { startDemoUnderTest, type DemoUnderTest } from './demo-under-test.js';
import { signingLinkOf, waitForMessage } from './mailbox.js';
import { giveConsent } from './sign-by-drawing.js';
import { serveStrictHost, type StrictHost } from './strict-host.js';

// Every element on a host page of another origin with a strict Content-Security-Policy and a
// hostile global stylesheet, and Signport's own hosted pages under their nonce-based policy.

interface Control {
  name: string;
  width: number;
  height: number;
  visible: boolean;
  /** The control is what a click at its centre reaches. */
  reachable: boolean;
}

interface Measure {
  controls: Control[];
  scrollWidth: number;
  /** Line height inside the element, in multiples of its font size. */
  lineHeight: number;
}

/** Records CSP violations and `signport-ready` events from the first script on: page scripts cannot run inline here. */
const WATCH = `
// tsx names the functions handed to page.evaluate with a helper the page does not have.
globalThis.__name = (target) => target;
window.__violations = [];
window.__ready = [];
document.addEventListener('securitypolicyviolation', (e) => {
  __violations.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sample || ''));
}, true);
document.addEventListener('signport-ready', (e) => __ready.push(e.target.localName), true);
`;

/** Visible controls of `tag` (shadow roots, nested ones and its light DOM), each checked for a click at its centre. */
function measure(tag: string): Measure {
  const root = document.querySelector(tag)!;
  // Sizes at rest: on a phone, the field <sign-session> is on grows to a finger's size.
  (root.shadowRoot?.activeElement as HTMLElement | null)?.blur();
  const controls: Element[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const child of Array.from(node.children)) {
      if (child.matches('input, button, select, textarea')) controls.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  walk(root.shadowRoot!);
  walk(root);
  const deepHit = (x: number, y: number) => {
    let hit: Element | null = document.elementFromPoint(x, y);
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    return hit;
  };
  const result = controls
    .filter(
      (control) =>
        (control as HTMLElement).offsetParent !== null || control.closest('dialog[open]'),
    )
    .filter((control) => (control as HTMLInputElement).type !== 'hidden')
    .map((control) => {
      control.scrollIntoView({ block: 'center', inline: 'center' });
      const box = control.getBoundingClientRect();
      const hit = deepHit(box.left + box.width / 2, box.top + box.height / 2);
      const label =
        control.getAttribute('aria-label') ??
        (control as HTMLInputElement).labels?.[0]?.textContent ??
        control.textContent ??
        '';
      return {
        name: `${control.localName} ${label.trim().replace(/\s+/g, ' ').slice(0, 40)}`,
        width: Math.round(box.width),
        height: Math.round(box.height),
        visible: control.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
        reachable: Boolean(
          hit &&
          (hit === control ||
            control.contains(hit) ||
            hit.contains(control) ||
            hit.closest('label')?.contains(control)),
        ),
      };
    });
  scrollTo(0, 0);
  const top = root.shadowRoot!.firstElementChild ?? root;
  const style = getComputedStyle(top);
  return {
    controls: result,
    scrollWidth: document.documentElement.scrollWidth,
    lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
  };
}

describe('elements under a strict CSP and a hostile stylesheet, on another origin', () => {
  let harness: DemoUnderTest;
  let host: StrictHost;
  const tokens: Record<string, string> = {};
  let buyerToken = '';
  let formSlug = '';
  let oliviaId = '';
  const violations: string[] = [];

  before(async () => {
    harness = await startDemoUnderTest('embed-anywhere');
    const { apiUrl } = harness.demo;
    // The demo's users keep their branding logos on the demo site.
    host = await serveStrictHost(apiUrl, harness.demo.demoUrl);
    const { credentials } = harness;
    await runServerCli(
      ['account', 'origins', 'add', '--account', credentials.accountId, '--origin', host.origin],
      credentials.databaseUrl,
    );
    for (const user of ['betty', 'bernie', 'alice']) {
      const minted = await fetch(`${apiUrl}/v1/embed-tokens`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${credentials.secretKey}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ externalId: user }),
      });
      tokens[user] = ((await minted.json()) as { token: string }).token;
    }
    const as = async <T>(user: string, path: string, body?: unknown): Promise<T> => {
      const res = await fetch(`${apiUrl}${path}`, {
        method: body ? 'POST' : 'GET',
        headers: { authorization: `Bearer ${tokens[user]}`, 'content-type': 'application/json' },
        body: body ? JSON.stringify(body) : undefined,
      });
      assert.ok(res.ok, `${path}: ${res.status} ${await res.clone().text()}`);
      return (await res.json()) as T;
    };
    const draft = await as<{ id: string }>('betty', '/v1/sessions', {
      templateId: credentials.purchaseAgreementTemplateId,
      parties: [
        { role: 'buyer', name: 'Bea Buyer', email: 'bea.buyer@example.com' },
        { role: 'seller', name: 'Sid Seller', email: 'sid.seller@example.com' },
      ],
    });
    await as('betty', `/v1/sessions/${draft.id}/send`, {});
    const invitation = await waitForMessage(apiUrl, 'the buyer’s invitation', (message) =>
      message.to.includes('bea.buyer@example.com'),
    );
    buyerToken = new URL(signingLinkOf(invitation)).searchParams.get('token') ?? '';
    const rental = await as<Template>(
      'alice',
      `/v1/templates/${credentials.rentalApplicationTemplateId}`,
    );
    formSlug = rental.form!.slug;
    const clients = await as<{ items: Array<{ id: string; name: string }> }>(
      'alice',
      '/v1/clients',
    );
    oliviaId = clients.items.find((client) => client.name === 'Olivia Owner')!.id;
  });
  after(async () => {
    await host?.close();
    await harness?.close();
  });

  const open = async (width: number) => {
    const context = await harness.browser.newContext({ viewport: { width, height: 900 } });
    await context.addInitScript(WATCH);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) errors.push(message.text());
    });
    return { context, page, errors };
  };

  const leave = async (context: BrowserContext, page: Page, errors: string[], what: string) => {
    const seen = await page.evaluate(
      () => (window as unknown as { __violations: string[] }).__violations,
    );
    violations.push(...seen.map((violation) => `${what}: ${violation}`));
    await context.close();
    assert.deepEqual(seen, [], `no CSP violation: ${what}`);
    assert.deepEqual(errors, [], `no script error or CSP report: ${what}`);
  };

  const readyFired = (page: Page, tag: string) =>
    page
      .waitForFunction(
        (name) => (window as unknown as { __ready: string[] }).__ready.includes(name),
        tag,
        { timeout: 20_000 },
      )
      .catch(async (error: Error) => {
        const shown = await page.evaluate(
          (name) => document.querySelector(name)?.shadowRoot?.textContent?.slice(0, 300),
          tag,
        );
        throw new Error(`${error.message}; <${tag}> shows: ${shown}`);
      });

  /** Each field's box sits on its rect of the page image, to the pixel. */
  const assertFieldsPlaced = async (page: Page, view: PartyView) => {
    const placed = await page.evaluate(() => {
      const root = document.querySelector('sign-session')!.shadowRoot!;
      return Array.from(root.querySelectorAll<HTMLElement>('[data-field]')).map((box) => {
        const pageBox = box.closest('.page')!.getBoundingClientRect();
        const own = box.getBoundingClientRect();
        return {
          id: box.dataset.field!,
          x: (own.left - pageBox.left) / pageBox.width,
          y: (own.top - pageBox.top) / pageBox.height,
          width: own.width / pageBox.width,
          pagePixels: pageBox.width,
        };
      });
    });
    assert.ok(placed.length >= 5, `${placed.length} fields shown`);
    for (const box of placed) {
      const field = view.fields.find((candidate) => candidate.id === box.id)!;
      const tolerance = 2 / box.pagePixels;
      assert.ok(
        Math.abs(box.x - field.rect.x) < tolerance &&
          Math.abs(box.y - field.rect.y) < tolerance &&
          Math.abs(box.width - field.rect.width) < tolerance,
        `${box.id} at ${JSON.stringify(box)}, rect ${JSON.stringify(field.rect)}`,
      );
    }
  };

  const partyView = async () => {
    const res = await fetch(`${harness.demo.apiUrl}/v1/party`, {
      headers: { authorization: `Bearer ${buyerToken}` },
    });
    return (await res.json()) as PartyView;
  };

  interface Case {
    tag: string;
    markup: () => string;
    /** Brings the element to its widest state. */
    open?: (page: Page) => Promise<void>;
  }

  const api = () => harness.demo.apiUrl;
  const cases: Case[] = [
    {
      tag: 'sign-session',
      markup: () => `<sign-session api="${api()}" token="${buyerToken}"></sign-session>`,
      open: async (page) => {
        const consent = page.getByLabel('I agree to use electronic records and signatures');
        await page
          .locator('sign-session [part~="document"], sign-session [part=consent]')
          .first()
          .waitFor();
        if (await consent.count()) await giveConsent(page);
        await page.locator('sign-session [data-field]').first().waitFor();
      },
    },
    {
      tag: 'session-composer',
      markup: () => `<session-composer api="${api()}" token="${tokens.betty}"></session-composer>`,
      open: async (page) => {
        await page.getByText('Prefill and lock fields').click();
        await page.locator('session-composer .prefill').first().waitFor();
      },
    },
    {
      tag: 'signing-dashboard',
      markup: () =>
        `<signport-provider api="${api()}" token="${tokens.betty}"><signing-dashboard></signing-dashboard></signport-provider>`,
    },
    {
      tag: 'sender-picker',
      markup: () => `<sender-picker api="${api()}" token="${tokens.betty}"></sender-picker>`,
    },
    {
      tag: 'plan-defaults',
      markup: () =>
        `<plan-defaults api="${api()}" token="${tokens.bernie}" team-id="${harness.credentials.teamId}"></plan-defaults>`,
    },
    {
      tag: 'portal-access-setup',
      markup: () =>
        `<portal-access-setup api="${api()}" token="${tokens.alice}" client-id="${oliviaId}"></portal-access-setup>`,
    },
    {
      tag: 'client-portal-login',
      markup: () =>
        `<client-portal-login api="${api()}" account="${harness.credentials.accountId}"><client-portal></client-portal></client-portal-login>`,
    },
  ];

  for (const { tag, markup, open: widen } of cases) {
    test(`<${tag}>: no CSP violation, unchanged by the hostile stylesheet, fits 320 px, survives re-parenting`, async () => {
      const measured: Record<string, Measure> = {};
      for (const hostile of [false, true]) {
        for (const width of [320, 1280]) {
          const path = host.page(`/${tag}-${hostile ? 'hostile' : 'plain'}`, markup(), { hostile });
          const { context, page, errors } = await open(width);
          await page.goto(`${host.origin}${path}`);
          await readyFired(page, tag);
          await widen?.(page);
          await page.waitForTimeout(300);
          const result = await page.evaluate(measure, tag);
          measured[`${hostile}-${width}`] = result;
          assert.ok(result.controls.length > 0, `${tag} shows controls`);
          for (const control of result.controls) {
            assert.ok(
              // A text field over a 320 px page image is a few pixels tall: sized, not collapsed.
              control.visible && control.width >= 5 && control.height >= 5 && control.reachable,
              `${tag} at ${width}${hostile ? ' (hostile)' : ''}: ${JSON.stringify(control)}`,
            );
          }
          assert.ok(
            result.scrollWidth <= width,
            `${tag} at ${width}: ${result.scrollWidth} px wide`,
          );
          assert.ok(
            Math.abs(result.lineHeight - 1.5) < 0.05,
            `${tag} line height ${result.lineHeight}`,
          );
          if (hostile) {
            const own = await page.evaluate(() => {
              const style = (selector: string) =>
                getComputedStyle(document.querySelector(selector)!);
              return {
                note: [style('p.host-note').lineHeight, style('p.host-note').color],
                input: style('#host-input').display,
                div: [style('#host-div').paddingTop, style('#host-div').borderTopColor],
              };
            });
            assert.deepEqual(own, {
              note: ['48px', 'rgb(0, 128, 0)'],
              input: 'none',
              div: ['11px', 'rgb(255, 0, 0)'],
            });
          }
          if (width === 1280 || hostile) {
            const shot = `${tag}-${hostile ? 'hostile' : 'csp'}-${width === 1280 ? 1280 : 390}.png`;
            if (width !== 1280) await page.setViewportSize({ width: 390, height: 900 });
            await page.screenshot({ path: join(harness.screenshots, shot), fullPage: true });
          }
          await leave(context, page, errors, `${tag} at ${width}${hostile ? ' (hostile)' : ''}`);
        }
      }
      // The hostile stylesheet changes nothing a person sees or uses inside the element.
      // (A control's label may follow the page's state, as <sign-session>'s Start / Next field does.)
      for (const width of [320, 1280]) {
        const plain = measured[`false-${width}`]!.controls;
        const hostile = measured[`true-${width}`]!.controls;
        assert.equal(hostile.length, plain.length, `${tag} at ${width}: as many controls`);
        const sizes = (list: Control[]) =>
          list.map((c, i) =>
            c.name === hostile[i]!.name && c.name === plain[i]!.name
              ? `${c.name} ${c.width}×${c.height}`
              : 'relabelled',
          );
        assert.deepEqual(sizes(hostile), sizes(plain));
      }

      // Removed and added again elsewhere, as a single-page app moves it: it still works.
      const { context, page, errors } = await open(1280);
      const path = host.page(`/${tag}-moved`, markup());
      await page.goto(`${host.origin}${path}`);
      await readyFired(page, tag);
      await widen?.(page);
      const workroomCalls: number[] = [];
      page.on('request', (request) => {
        if (request.url().endsWith('/v1/party/workroom')) workroomCalls.push(Date.now());
      });
      await page.evaluate((name) => {
        const element = document.querySelector(name)!;
        const moved = element.closest('signport-provider') ?? element;
        moved.remove();
        setTimeout(() => document.body.prepend(moved), 200);
      }, tag);
      await page.waitForTimeout(tag === 'sign-session' ? 6500 : 600);
      const again = await page.evaluate(measure, tag);
      assert.ok(
        again.controls.length > 0 && again.controls.every((c) => c.visible),
        `${tag} after moving`,
      );
      if (tag === 'sign-session')
        assert.ok(
          workroomCalls.length >= 2,
          `workroom polled ${workroomCalls.length} times after moving`,
        );
      await leave(context, page, errors, `${tag} moved`);
    });
  }

  test('the signing fields sit on their rects under the strict policy, embedded and hosted', async () => {
    const view = await partyView();
    for (const url of [
      `${host.origin}${host.page('/placed', cases[0]!.markup(), { hostile: true })}`,
      `${api()}/s/${buyerToken}`,
    ]) {
      for (const width of [390, 1280]) {
        const { context, page, errors } = await open(width);
        await page.goto(url);
        await cases[0]!.open!(page);
        await page.waitForTimeout(300);
        await assertFieldsPlaced(page, view);
        const hosted = url.includes('/s/');
        if (hosted)
          await page.screenshot({
            path: join(harness.screenshots, `hosted-signing-${width}.png`),
            fullPage: true,
          });
        await leave(context, page, errors, `${url} at ${width}`);
      }
    }
  });

  test('the hosted form page starts a form under its own policy, its fields on their rects', async () => {
    for (const width of [390, 1280]) {
      const { context, page, errors } = await open(width);
      await page.goto(`${api()}/f/${formSlug}`);
      await page.locator('sign-session').getByRole('button', { name: /Start/ }).first().click();
      const consent = page.getByLabel('I agree to use electronic records and signatures');
      await consent.waitFor();
      await giveConsent(page);
      await page.locator('sign-session [data-field]').first().waitFor();
      const token = await page.evaluate(
        () => (document.querySelector('sign-session') as HTMLElement & { token: string }).token,
      );
      const res = await fetch(`${api()}/v1/party`, {
        headers: { authorization: `Bearer ${token}` },
      });
      await assertFieldsPlaced(page, (await res.json()) as PartyView);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= width, `form page ${scrollWidth} px wide at ${width}`);
      await page.screenshot({ path: join(harness.screenshots, `hosted-form-${width}.png`) });
      await leave(context, page, errors, `/f/${formSlug} at ${width}`);
    }
    assert.deepEqual(violations, []);
  });
});
