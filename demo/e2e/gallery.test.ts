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
/** The day the gallery's browser lives in; the fixtures' dates are a few days before. */
const GALLERY_TODAY = '2026-03-16T12:00:00.000Z';
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Baselines are kept in grey levels: a third of the size in colour, and a change of layout, text or
 * contrast still shows. The colour screenshot of a failing run is written next to its diff.
 */
function grayscale(png: Buffer): Buffer {
  return PNG.sync.write(PNG.sync.read(png), { colorType: 0, inputColorType: 6, deflateLevel: 9 });
}

/** The same grey levels as `grayscale`, in memory: encoding a large PNG only to read it back is slow. */
function inGrey(png: PNG): PNG {
  const { data } = png;
  for (let i = 0; i < data.length; i += 4) {
    data[i] = data[i + 1] = data[i + 2] = Math.trunc((data[i]! + data[i + 1]! + data[i + 2]!) / 3);
  }
  return png;
}

const widths = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const langs = ['en', 'es', 'fr'] as const;
const browserLocales = { en: 'en-US', es: 'es-ES', fr: 'fr-FR' };
/** Words each language's catalogue shows in two tiles: proof the page is not in English. */
const catalogueWords = {
  en: { finish: /Finish and sign/, empty: /No signing sessions yet/ },
  es: { finish: /Terminar y firmar/, empty: /Todavía no hay sesiones de firma/ },
  fr: { finish: /Terminer et signer/, empty: /Aucune session de signature pour le moment/ },
};
/** The gallery's groups, each compared with its own baseline (see gallery-page.ts). */
const groups = ['signing', 'sending', 'portal', 'clients', 'plans', 'templates'];

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
  return section && section.querySelector(':scope > h3 + *').shadowRoot;
}
function deepText(node) {
  return [...node.childNodes].map((child) => child.nodeType === Node.TEXT_NODE ? child.textContent
    : deepText(child) + (child.shadowRoot ? deepText(child.shadowRoot) : '')).join(' ');
}`;

/**
 * What shows that each tile reached its state, checked in the page: nothing loading outside the
 * loading tiles, an alert in the error tiles, a save under way ("Saving…") in the saving tiles, and
 * the data some tiles must draw.
 */
const SETTLED = `(() => { ${DEEP}
  const waiting = [];
  if (!deep(document).filter((el) => el instanceof HTMLImageElement).every((img) => img.complete && img.naturalWidth > 0))
    waiting.push('images');
  const narrow = innerWidth < 640;
  for (const section of document.querySelectorAll('section[data-state]')) {
    const { state, element: tag } = section.dataset;
    const nodes = deep(section);
    const has = (selector) => nodes.some((node) => node.matches(selector));
    const subject = section.querySelector(':scope > h3 + *');
    const text = (deepText(subject) + (subject.shadowRoot ? deepText(subject.shadowRoot) : '')).trim();
    const loading = has('[role="status"][aria-busy="true"]');
    const ok = {
      // Some elements draw nothing while loading: upgraded is enough.
      loading: Boolean(subject.shadowRoot),
      error: has('[role="alert"]') && !loading,
      // The template builder is read-only on phones: nothing to save there.
      saving: tag === 'template-builder' && narrow ? !loading : section.dataset.pressed === 'true' && text.includes('…'),
    }[state] ?? (!loading && text.length > 0);
    if (!ok) waiting.push(section.getAttribute('aria-label'));
  }
  const checks = {
    'dashboard ready': Boolean(tile('signing-dashboard: ready')?.querySelector('table')),
    'sign-session ready': Boolean(tile('sign-session: ready')?.querySelector('img')),
    'sender-picker ready': Boolean(tile('sender-picker: ready')?.querySelector('select, input')),
    'plan-defaults ready': Boolean(tile('plan-defaults: ready')?.querySelector('form')),
    'composer ready': Boolean(tile('session-composer: ready')?.querySelector('form')),
    'client-list ready': Boolean(tile('client-list: ready')?.querySelector('li')),
    'task-list ready': Boolean(tile('task-list: ready')?.querySelector('li')),
    'template-builder ready': Boolean(tile('template-builder: ready')?.querySelector('img')),
    'client-portal ready': Boolean(document.querySelector('section[aria-label="client-portal: ready"] client-portal')?.shadowRoot?.querySelector('[role="tab"]')),
    'client-portal signed out': Boolean(document.querySelector('section[aria-label="client-portal: signed-out"] form [role="status"]')),
  };
  return [...waiting, ...Object.entries(checks).filter(([, ok]) => !ok).map(([name]) => name)];
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

/**
 * Compares a screenshot with its baseline (or writes it when updating); the difference, if too
 * large, as a message, with the colour screenshot and the diff written next to the others.
 */
async function compare(name: string, shot: Buffer): Promise<string | undefined> {
  const baselinePath = join(baselines, `${name}.png`);
  if (updating) {
    await mkdir(baselines, { recursive: true });
    await writeFile(baselinePath, grayscale(shot));
    return undefined;
  }
  if (!existsSync(baselinePath)) return `no baseline ${baselinePath}: run npm run gallery:update`;
  const actual = inGrey(PNG.sync.read(shot));
  const expected = PNG.sync.read(await readFile(baselinePath));
  const failed = async (why: string) => {
    await writeFile(join(running.screenshots, `${name}-actual.png`), shot);
    return `${name}: ${why}; if on purpose, run npm run gallery:update`;
  };
  if (actual.width !== expected.width || actual.height !== expected.height) {
    return failed(
      `the size changed from ${expected.width}×${expected.height} to ${actual.width}×${actual.height}`,
    );
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const different = pixelmatch(actual.data, expected.data, diff.data, actual.width, actual.height, {
    threshold: 0.1,
  });
  if (different <= actual.width * actual.height * MAX_DIFFERENT_PIXELS) return undefined;
  await writeFile(join(running.screenshots, `${name}-diff.png`), PNG.sync.write(diff));
  return failed(`${different} pixels differ from the baseline (diff in ${running.screenshots})`);
}

// One page load per language and width; each group of tiles is its own screenshot and baseline.
for (const lang of langs) {
  for (const [widthName, viewport] of Object.entries(widths)) {
    test(`the gallery in ${lang} at ${viewport.width} px looks as its baselines and passes axe`, async () => {
      const context = await running.browser.newContext({
        viewport,
        deviceScaleFactor: 1,
        locale: browserLocales[lang],
        timezoneId: 'UTC',
        reducedMotion: 'reduce',
      });
      try {
        // Today is fixed too: dates that default to today and "overdue" stay the same.
        await context.clock.setFixedTime(GALLERY_TODAY);
        const page = await context.newPage();
        await page.goto(`${running.demo.demoUrl}/gallery?lang=${lang}`);
        await settle(page);

        // The words come from the language's catalogue, not English.
        assert.match(await tileText(page, 'sign-session: ready'), catalogueWords[lang].finish);
        assert.match(await tileText(page, 'signing-dashboard: empty'), catalogueWords[lang].empty);

        await page.addScriptTag({ path: axeSource });
        // One run over the whole page (a run per tile would walk the whole page each time), each
        // violation named by its tile. Landmarks must be unique within one element, not across
        // the gallery's copies of it: a duplicate counts only when both are in the same tile.
        const violations = (await page.evaluate(`(async () => {
          // A target is the selector of an element in the page, then one per shadow root inside it.
          const tileOf = (target) => {
            const host = document.querySelector([].concat(target)[0]);
            return host && host.closest('section[aria-label]')?.getAttribute('aria-label');
          };
          const result = await axe.run(document);
          return result.violations.flatMap((v) => v.nodes
            .filter((node) => v.id !== 'landmark-unique' || node.any.some((check) =>
              check.relatedNodes.some((related) => tileOf(related.target[0]) === tileOf(node.target[0]))))
            .map((node) => (tileOf(node.target[0]) ?? 'page') + ' ' + v.id));
        })()`)) as string[];
        assert.deepEqual(violations, [], 'axe-core finds no violation in any state');

        // As tall as the page, so every tile is in view as on a screen that shows it: sticky
        // headers and steppers sit where a person sees them, not pinned by a scroll position.
        const height = Number(await page.evaluate('document.documentElement.scrollHeight'));
        await page.setViewportSize({ width: viewport.width, height });
        await settle(page);
        const failures: string[] = [];
        for (const group of groups) {
          const shot = await page
            .locator(`[data-group="${group}"]`)
            .screenshot({ animations: 'disabled', caret: 'hide' });
          const failure = await compare(`${lang}-${widthName}-${group}`, shot);
          if (failure) failures.push(failure);
        }
        assert.deepEqual(failures, [], 'every group looks as its baseline');
      } finally {
        await context.close();
      }
    });
  }
}
