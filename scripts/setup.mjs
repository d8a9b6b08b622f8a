#!/usr/bin/env node
// Brings a fresh clone to a runnable state: checks Node, installs the workspace with the pinned
// pnpm when the lockfile changed since the last install, and with --test-tools installs the system
// programs the tests drive (Debian's Chromium, qpdf, poppler-utils, and tesseract with the languages
// the sealed-PDF readings use) when they are missing.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const run = (cmd, args) => {
  const { status } = spawnSync(cmd, args, { stdio: 'inherit', cwd: root });
  if (status !== 0) {
    console.error(`setup: ${cmd} ${args.join(' ')} exited with ${status}`);
    process.exit(status ?? 1);
  }
};

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`setup: Signport needs Node >= 20.19; this is ${process.version}.`);
  process.exit(1);
}

const marker = new URL('node_modules/.signport-installed', root);
const lockfile = new URL('pnpm-lock.yaml', root);
const installedAt = existsSync(marker) ? readFileSync(marker, 'utf8') : '';
if (
  installedAt !== String(statSync(lockfile).mtimeMs) ||
  !existsSync(new URL('node_modules', root))
) {
  run('node', ['scripts/pnpm.mjs', 'install', '--frozen-lockfile']);
  writeFileSync(marker, String(statSync(lockfile).mtimeMs));
}

if (process.argv.includes('--test-tools')) {
  const tessdata = '/usr/share/tesseract-ocr/5/tessdata';
  const tools = {
    '/usr/bin/chromium': 'chromium',
    '/usr/bin/qpdf': 'qpdf',
    '/usr/bin/pdfsig': 'poppler-utils',
    '/usr/bin/tesseract': 'tesseract-ocr',
    [`${tessdata}/eng.traineddata`]: 'tesseract-ocr-eng',
    [`${tessdata}/spa.traineddata`]: 'tesseract-ocr-spa',
    [`${tessdata}/fra.traineddata`]: 'tesseract-ocr-fra',
    [`${tessdata}/pol.traineddata`]: 'tesseract-ocr-pol',
    [`${tessdata}/ell.traineddata`]: 'tesseract-ocr-ell',
    [`${tessdata}/rus.traineddata`]: 'tesseract-ocr-rus',
  };
  const missing = Object.entries(tools)
    .filter(([path]) => !existsSync(path))
    .map(([, pkg]) => pkg);
  if (missing.length > 0) {
    if (process.getuid?.() !== 0) {
      console.error(
        `setup: the tests need ${missing.join(', ')}; install them with: sudo apt-get install -y ${missing.join(' ')}`,
      );
      process.exit(1);
    }
    console.log(`setup: installing ${missing.join(', ')} from Debian`);
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', ...missing]);
  }
}
