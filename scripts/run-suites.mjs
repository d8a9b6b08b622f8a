#!/usr/bin/env node
// Runs every check `npm test` promises, in dependency order, stops at the first failure so the
// failing suite's output is the last thing on screen, and ends with one line counting every test.
import { spawn } from 'node:child_process';

const suites = [
  { name: 'typecheck', args: ['-r', '--workspace-concurrency=1', 'typecheck'] },
  { name: 'lint', args: ['exec', 'eslint', '.'] },
  { name: 'format', args: ['exec', 'prettier', '--check', '.'] },
  { name: 'layers', args: ['run', '--silent', 'lint:layers'] },
  { name: 'core', args: ['--filter', '@signport/core', 'test'], counts: 'node' },
  { name: 'server', args: ['--filter', '@signport/server', 'test'], counts: 'node' },
  { name: 'elements', args: ['--filter', '@signport/elements', 'test'], counts: 'web-test-runner' },
  { name: 'react', args: ['--filter', '@signport/react', 'test'], counts: 'node' },
  { name: 'demo end-to-end', args: ['--filter', '@signport/demo', 'test'], counts: 'node' },
  { name: 'packages from their tarballs', args: ['run', 'test:packages'], counts: 'node' },
];

// eslint-disable-next-line no-control-regex -- ANSI colour codes start with ESC
const stripAnsi = (text) => text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');

/** node:test prints `# pass N` / `ℹ pass N` per run; web-test-runner a running `N passed, N failed`. */
function countTests(kind, output) {
  const text = stripAnsi(output);
  if (kind === 'node') {
    const sum = (word) =>
      [...text.matchAll(new RegExp(`^(?:#|ℹ) ${word} (\\d+)$`, 'gm'))].reduce(
        (n, m) => n + Number(m[1]),
        0,
      );
    return { passed: sum('pass'), failed: sum('fail') };
  }
  const last = [...text.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  return { passed: Number(last?.[1] ?? 0), failed: Number(last?.[2] ?? 0) };
}

function runSuite({ args }) {
  return new Promise((resolve) => {
    const child = spawn('node', ['scripts/pnpm.mjs', ...args], {
      stdio: ['inherit', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      output += chunk;
    });
    child.stderr.on('data', (chunk) => process.stderr.write(chunk));
    child.on('close', (status) => resolve({ status, output }));
  });
}

const results = [];
for (const suite of suites) {
  console.log(`\n=== ${suite.name} ===`);
  const started = Date.now();
  const { status, output } = await runSuite(suite);
  const counts = suite.counts ? countTests(suite.counts, output) : undefined;
  results.push({
    name: suite.name,
    ok: status === 0,
    seconds: (Date.now() - started) / 1000,
    counts,
  });
  if (status !== 0) break;
}

console.log('\n=== summary ===');
for (const { name, ok, seconds, counts } of results) {
  const tally = counts ? `, ${counts.passed} passed, ${counts.failed} failed` : '';
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name} (${seconds.toFixed(1)} s${tally})`);
}
const passed = results.reduce((n, r) => n + (r.counts?.passed ?? 0), 0);
const failed = results.reduce((n, r) => n + (r.counts?.failed ?? 0), 0);
const suitesFailed = results.filter((r) => !r.ok).length;
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(suitesFailed === 0 && failed === 0 ? 0 : 1);
