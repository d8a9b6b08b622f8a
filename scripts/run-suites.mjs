#!/usr/bin/env node
// Runs every check `npm test` promises, in dependency order, and stops at the first failure so
// the failing suite's output is the last thing on screen.
import { spawnSync } from 'node:child_process';

const suites = [
  ['typecheck', ['-r', '--workspace-concurrency=1', 'typecheck']],
  ['lint', ['exec', 'eslint', '.']],
  ['core', ['--filter', '@signport/core', 'test']],
  ['server', ['--filter', '@signport/server', 'test']],
  ['elements', ['--filter', '@signport/elements', 'test']],
  ['demo end-to-end', ['--filter', '@signport/demo', 'test']],
];

const results = [];
for (const [name, args] of suites) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const { status } = spawnSync('node', ['scripts/pnpm.mjs', ...args], { stdio: 'inherit' });
  results.push({ name, ok: status === 0, seconds: (Date.now() - started) / 1000 });
  if (status !== 0) break;
}

console.log('\n=== summary ===');
for (const { name, ok, seconds } of results) console.log(`${ok ? 'ok  ' : 'FAIL'} ${name} (${seconds.toFixed(1)} s)`);
const failed = results.filter((r) => !r.ok).length;
console.log(`suites: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
