import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { startDemoUnderTest, type DemoUnderTest } from './demo-under-test.js';

// The gallery (`/gallery`) in Chromium, compared pixel by pixel with committed baselines, and
// audited by axe-core. `npm run gallery:update` rewrites the baselines on purpose.

const baselines = fileURLToPath(new URL('./gallery-baselines/', import.meta.url));
const updating = process.env.SIGNPORT_UPDATE_GALLERY === '1';
/** Anti-aliasing differs by a few pixels between runs; a real change moves far more. */
const MAX_DIFFERENT_PIXELS = 0.002;
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Baselines are kept in grey levels: a third of the size in colour, and a change of layout, text or
 * contrast still shows. The colour screenshot of a failing run is written next to its diff.
 */
function grayscale(png: Buffer): Buffer {
  return PNG.sync.write(PNG.sync.read(png), { colorType: 0, inputColorType: 6, deflateLevel: 9 });
}

const widths = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const langs = ['en', 'es'] as const;

let running: DemoUnderTest;
before(async () => {
  running = await startDemoUnderTest('gallery');
});
after(() => running?.close());

// Browser-side code is kept as strings: the test runner's transform would add helpers to functions.
const DEEP = `function deep(root) {
  return [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deep(el.shadowRoot) : [])]);
}
function tile(name) {
  const section = document.querySelector('section[aria-label="' + name + '"]');
  return section && section.querySelector('h2').nextElementSibling.shadowRoot;
}
function deepText(node) {
  return [...node.childNodes].map((child) => child.nodeType === Node.TEXT_NODE ? child.textContent
    : deepText(child) + (child.shadowRoot ? deepText(child.shadowRoot) : '')).join(' ');
}`;

/** What shows that each tile reached its state, checked in the page. */
const SETTLED = `(() => { ${DEEP}
  const checks = {
    images: deep(document).filter((el) => el instanceof HTMLImageElement).every((img) => img.complete && img.naturalWidth > 0),
    'dashboard ready': Boolean(tile('signing-dashboard: ready')?.querySelector('table')),
    'sign-session ready': Boolean(tile('sign-session: ready')?.querySelector('img')),
    'sign-session error': Boolean(tile('sign-session: error')?.textContent.trim()),
    'sender-picker ready': Boolean(tile('sender-picker: ready')?.querySelector('select, input')),
    'plan-defaults ready': Boolean(tile('plan-defaults: ready')?.querySelector('form')),
    'plan-defaults saving': Boolean(tile('plan-defaults: saving')?.querySelector('[aria-busy="true"], button[disabled]')),
    'composer ready': Boolean(tile('session-composer: ready')?.querySelector('form')),
  };
  for (const name of ['signing-dashboard', 'session-composer', 'sender-picker', 'plan-defaults'])
    checks[name + ' error'] = Boolean(tile(name + ': error')?.querySelector('[role="alert"]'));
  return Object.entries(checks).filter(([, ok]) => !ok).map(([name]) => name);
})()`;

/** Waits until every tile shows its state: loaded data drawn, page images decoded, fonts in. */
async function settle(page: Page): Promise<void> {
  const waiting = await page
    .waitForFunction(`${SETTLED}.length === 0`, undefined, { timeout: 30_000 })
    .then(() => [])
    .catch(() => page.evaluate(SETTLED));
  assert.deepEqual(waiting, [], 'every tile reaches its state');
  await page.evaluate('document.fonts.ready');
  // Blur anything focused, so no focus ring or caret depends on timing.
  await page.evaluate('document.activeElement && document.activeElement.blur()');
}

/** The text of a tile's element, shadow roots included. */
async function tileText(page: Page, name: string): Promise<string> {
  const text = await page.evaluate(`(() => { ${DEEP}
    const section = document.querySelector('section[aria-label=${JSON.stringify(name)}]');
    return section ? deepText(section) : '';
  })()`);
  return String(text).replace(/\s+/g, ' ');
}

for (const lang of langs) {
  for (const [widthName, viewport] of Object.entries(widths)) {
    const name = `${lang}-${widthName}`;
    test(`the gallery in ${lang} at ${viewport.width} px looks as its baseline and passes axe`, async () => {
      const context = await running.browser.newContext({
        viewport,
        deviceScaleFactor: 1,
        locale: lang === 'es' ? 'es-ES' : 'en-US',
        timezoneId: 'UTC',
        reducedMotion: 'reduce',
      });
      try {
        const page = await context.newPage();
        await page.goto(`${running.demo.demoUrl}/gallery?lang=${lang}`);
        await settle(page);

        // The words come from the language's catalogue, not English.
        const ready = await tileText(page, 'sign-session: ready');
        assert.match(ready, lang === 'es' ? /Terminar y firmar/ : /Finish and sign/);
        const empty = await tileText(page, 'signing-dashboard: empty');
        assert.match(
          empty,
          lang === 'es' ? /Todavía no hay sesiones de firma/ : /No signing sessions yet/,
        );

        await page.addScriptTag({ path: axeSource });
        // One tile at a time: each is a page embedding that element once, as a host would.
        const violations = (await page.evaluate(`(async () => {
          const found = [];
          for (const section of document.querySelectorAll('section[aria-label]')) {
            const result = await axe.run(section);
            for (const v of result.violations) found.push(section.getAttribute('aria-label') + ' ' + v.id);
          }
          return found;
        })()`)) as string[];
        assert.deepEqual(violations, [], 'axe-core finds no violation in any state');

        const shot = await page.screenshot({
          fullPage: true,
          animations: 'disabled',
          caret: 'hide',
        });
        const baselinePath = join(baselines, `${name}.png`);
        if (updating || !existsSync(baselinePath)) {
          assert.ok(updating, `no baseline ${baselinePath}: run npm run gallery:update`);
          await mkdir(baselines, { recursive: true });
          await writeFile(baselinePath, grayscale(shot));
          return;
        }
        const actual = PNG.sync.read(grayscale(shot));
        const expected = PNG.sync.read(await readFile(baselinePath));
        assert.deepEqual(
          [actual.width, actual.height],
          [expected.width, expected.height],
          `${name}: the page changed size; if on purpose, run npm run gallery:update`,
        );
        const diff = new PNG({ width: actual.width, height: actual.height });
        const different = pixelmatch(
          actual.data,
          expected.data,
          diff.data,
          actual.width,
          actual.height,
          {
            threshold: 0.1,
          },
        );
        if (different > actual.width * actual.height * MAX_DIFFERENT_PIXELS) {
          await writeFile(join(running.screenshots, `${name}-actual.png`), shot);
          await writeFile(join(running.screenshots, `${name}-diff.png`), PNG.sync.write(diff));
          assert.fail(
            `${name}: ${different} pixels differ from the baseline (diff in ${running.screenshots}); if on purpose, run npm run gallery:update`,
          );
        }
      } finally {
        await context.close();
      }
    });
  }
}
