// What an integrating developer does with the published packages: pack every package, install the
// tarballs into a fresh project outside the workspace (npm, from the registry for everything else),
// run the server from its package with plain `node`, and use every package from Node, from strict
// TypeScript and from a Vite page in Chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { packPackages } from '../pack-packages.mjs';

const projectTemplate = fileURLToPath(new URL('project', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'signport-consumer-'));
const app = join(work, 'app');
const timings = {};
const children = [];
let packs;
let server;

/** Runs `fn`, noting how long it took under `name`. */
async function timed(name, fn) {
  const started = performance.now();
  try {
    return await fn();
  } finally {
    timings[name] = Math.round(performance.now() - started) / 1000;
  }
}

function run(command, args, env = {}) {
  const result = spawnSync(command, args, {
    cwd: app,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.equal(
    result.status,
    0,
    `${command} ${args.join(' ')}\n${result.stdout}\n${result.stderr}`,
  );
  return result.stdout;
}

/** Starts a long-running process of the project; resolves once `ready()` does, ended after the tests. */
async function start(args, env, ready) {
  const child = spawn(process.execPath, args, { cwd: app, env: { ...process.env, ...env } });
  children.push(child);
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  for (let tries = 0; tries < 300; tries++) {
    if (child.exitCode !== null) break;
    if (await ready().catch(() => false)) return child;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${args.join(' ')} did not start:\n${output}`);
}

function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

before(async () => {
  packs = await timed('pack', () => packPackages(join(work, 'packs')));
  cpSync(projectTemplate, app, { recursive: true });
  const tarball = (name) => `file:${packs.find((pack) => pack.name === name).tarball}`;
  const manifest = {
    name: 'brokerage-site',
    private: true,
    type: 'module',
    dependencies: {
      '@signport/core': tarball('@signport/core'),
      '@signport/elements': tarball('@signport/elements'),
      '@signport/react': tarball('@signport/react'),
      '@signport/server': tarball('@signport/server'),
      'pdf-lib': '^1.17.1',
      react: '^19.2.0',
      'react-dom': '^19.2.0',
    },
    devDependencies: {
      '@types/node': '^20.19.0',
      '@types/react': '^19.2.0',
      '@types/react-dom': '^19.2.0',
      'playwright-core': '1.65.1',
      typescript: '~5.9.3',
      vite: '^7.1.0',
    },
  };
  writeFileSync(join(app, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await timed('npm install', () =>
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error']),
  );

  const [apiPort, pagePort] = [await freePort(), await freePort()];
  const pageOrigin = `http://127.0.0.1:${pagePort}`;
  const env = {
    DATABASE_URL: `file:${join(work, 'signport.db')}`,
    PORT: String(apiPort),
    PUBLIC_URL: `http://127.0.0.1:${apiPort}`,
    SIGNPORT_SECRET: 'consumer-test-secret-of-at-least-32-characters',
  };
  const account = JSON.parse(
    run(
      join(app, 'node_modules/.bin/signport'),
      ['account', 'create', '--name', 'Shoreline Realty', '--origin', pageOrigin],
      env,
    ),
  );
  const url = env.PUBLIC_URL;
  await timed('server start', () =>
    start(
      ['node_modules/.bin/signport', 'start'],
      env,
      async () => (await fetch(`${url}/healthz`)).ok,
    ),
  );
  server = { url, secretKey: account.secretKey, pagePort, pageOrigin };
});

after(() => {
  for (const child of children) child.kill();
  // KEEP_CONSUMER_PROJECT=1 leaves the project in place to look into a failure.
  if (process.env.KEEP_CONSUMER_PROJECT) console.log(`consumer project kept in ${app}`);
  else rmSync(work, { recursive: true, force: true });
  console.log(`consumer test timings (s): ${JSON.stringify(timings)}`);
});

test('each tarball holds its build, README and LICENSE, and no tests, sources or source maps', () => {
  for (const { name, paths } of packs) {
    assert.ok(paths.includes('package/README.md'), `${name} has a README`);
    assert.ok(paths.includes('package/LICENSE'), `${name} has a LICENSE`);
    const stray = paths.filter(
      (path) =>
        /\/test\/|\.test\.|\.map$|\.tsbuildinfo$/.test(path) ||
        (path.endsWith('.ts') && !path.endsWith('.d.ts')),
    );
    assert.deepEqual(stray, [], `${name} ships only what users need`);
  }
  const server = packs.find((pack) => pack.name === '@signport/server').paths;
  assert.ok(server.includes('package/drizzle/meta/_journal.json'), 'the migrations ship');
  assert.ok(
    server.some((path) => path.endsWith('/hosted-pages/assets/verify-page.js')),
    'the hosted pages’ script ships',
  );
  const elements = packs.find((pack) => pack.name === '@signport/elements').paths;
  assert.ok(elements.includes('package/custom-elements.json'));
  assert.ok(elements.includes('package/dist/signport.js'));
});

test('plain Node ESM uses the SDK against the server started from its package', async () => {
  const output = await timed('node sdk', () =>
    run(process.execPath, ['sdk-check.mjs'], {
      SIGNPORT_URL: server.url,
      SIGNPORT_SECRET_KEY: server.secretKey,
    }),
  );
  server.signing = JSON.parse(output.trim().split('\n').at(-1));
  assert.match(server.signing.partyToken, /\S{20,}/);
  const elementsBundle = await fetch(`${server.url}/elements/signport.js`);
  assert.equal(
    elementsBundle.status,
    200,
    'the server serves the element bundles of the installed package',
  );
});

for (const config of ['tsconfig.bundler.json', 'tsconfig.nodenext.json']) {
  test(`strict TypeScript (${config}) type-checks code using every package`, async () => {
    await timed(`tsc ${config}`, () =>
      run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', config]),
    );
  });
}

test('a Vite build of a page with the elements and the React wrappers works in Chromium', async () => {
  await timed('vite build', () =>
    run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn']),
  );
  assert.ok(existsSync(join(app, 'dist/index.html')));
  assert.ok(server.signing, 'the Node step made a session to sign');
  await start(
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(server.pagePort),
      '--strictPort',
    ],
    {},
    async () => (await fetch(server.pageOrigin)).ok,
  );

  const { chromium } = await import(
    pathToFileURL(join(app, 'node_modules/playwright-core/index.mjs')).href
  );
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    await timed('chromium', async () => {
      const page = await browser.newPage();
      // What the page logs, to tell why when it does not come up.
      const logs = [];
      page.on('console', (message) => logs.push(`${message.type()}: ${message.text()}`));
      page.on('pageerror', (error) => logs.push(`pageerror: ${error.message}`));
      const query = new URLSearchParams({
        api: server.url,
        party: server.signing.partyToken,
        embed: server.signing.embedToken,
      });
      await page.goto(`${server.pageOrigin}/?${query}`);
      const state = () => page.evaluate(() => ({ ...document.body.dataset }));
      const ready = await page
        .waitForFunction(
          () => document.body.dataset.signReady && document.body.dataset.pickerReady,
          null,
          { timeout: 30_000 },
        )
        .then(
          () => true,
          () => false,
        );
      assert.ok(
        ready,
        `the elements came up: ${JSON.stringify(await state())}\n${logs.join('\n')}`,
      );
      assert.deepEqual(await state(), { signReady: 'yes', pickerReady: 'yes' });
      // The signer consents, then types into the document; the agent sees themselves in the picker.
      await page.getByLabel('I agree to use electronic records and signatures').check();
      await page.getByRole('button', { name: 'Continue' }).click();
      const nameField = page.getByLabel('Buyer full name');
      await nameField.fill('Bob Q. Buyer', { timeout: 10_000 });
      assert.equal(await nameField.inputValue(), 'Bob Q. Buyer');
      await page.waitForFunction(
        () =>
          document.querySelector('sender-picker')?.shadowRoot?.textContent?.includes('Dana Agent'),
        null,
        { timeout: 10_000 },
      );
    });
  } finally {
    await browser.close();
  }
});
