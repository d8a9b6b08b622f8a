#!/usr/bin/env node
// Runs a folder's `*.test.ts` files with node:test: two files at a time, then, one at a time, the
// files named after `--serial` (those that measure time, or load the machine on purpose, and would
// measure each other). Exits non-zero if either run fails.
//
//   node ../../scripts/run-node-tests.mjs test --serial db-concurrency,portal-auth
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  options: { serial: { type: 'string', default: '' } },
  allowPositionals: true,
});
const [folder = 'test'] = positionals;
const serialNames = values.serial.split(',').filter(Boolean);
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.test.ts'))
  .sort();
const unknown = serialNames.filter((name) => !files.includes(`${name}.test.ts`));
if (unknown.length > 0) {
  console.error(`No such test file in ${folder}: ${unknown.join(', ')}`);
  process.exit(2);
}
const isSerial = (file) => serialNames.includes(file.replace(/\.test\.ts$/, ''));

function run(selected, concurrency) {
  if (selected.length === 0) return 0;
  const { status } = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      `--test-concurrency=${concurrency}`,
      ...selected.map((file) => join(folder, file)),
    ],
    { stdio: 'inherit' },
  );
  return status ?? 1;
}

const together = run(
  files.filter((file) => !isSerial(file)),
  2,
);
const alone = run(files.filter(isSerial), 1);
process.exit(together || alone);
