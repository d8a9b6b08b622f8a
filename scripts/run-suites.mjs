#!/usr/bin/env node
// Runs every check `npm test` promises, in dependency order, stops at the first failure so the
// failing suite's output is the last thing on screen, and ends with one line counting every test.
// The static checks share the two cores: the type checker on one, the linters in turn on the other.
import { spawn } from 'node:child_process';

// Suites in one inner list run at the same time (each on one core), their output shown as each ends.
const suites = [
  [
    { name: 'typecheck', args: ['-r', '--workspace-concurrency=1', 'typecheck'] },
    [
      { name: 'lint', args: ['exec', 'eslint', '.'] },
      { name: 'format', args: ['exec', 'prettier', '--check', '.'] },
      { name: 'layers', args: ['run', '--silent', 'lint:layers'] },
    ],
  ],
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

/** Runs one suite; its output streams to the screen, or is kept to show at its end when `buffered`. */
function runSuite({ args }, buffered) {
  return new Promise((resolve) => {
    const child = spawn('node', ['scripts/pnpm.mjs', ...args], {
      stdio: ['inherit', 'pipe', 'pipe'],
    });
    let output = '';
    let shown = '';
    child.stdout.on('data', (chunk) => {
      if (buffered) shown += chunk;
      else process.stdout.write(chunk);
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      if (buffered) shown += chunk;
      else process.stderr.write(chunk);
    });
    child.on('close', (status) => resolve({ status, output, shown }));
  });
}

/** Runs suites one after another, stopping at the first failure. */
async function runInTurn(list, buffered) {
  const results = [];
  for (const suite of list) {
    const started = Date.now();
    if (!buffered) console.log(`\n=== ${suite.name} ===`);
    const { status, output, shown } = await runSuite(suite, buffered);
    if (buffered) process.stdout.write(`\n=== ${suite.name} ===\n${shown}`);
    results.push({
      name: suite.name,
      ok: status === 0,
      seconds: (Date.now() - started) / 1000,
      counts: suite.counts ? countTests(suite.counts, output) : undefined,
    });
    if (status !== 0) break;
  }
  return results;
}

const results = [];
for (const step of suites) {
  if (Array.isArray(step)) {
    const lanes = await Promise.all(
      step.map((lane) => runInTurn(Array.isArray(lane) ? lane : [lane], true)),
    );
    results.push(...lanes.flat());
  } else {
    results.push(...(await runInTurn([step], false)));
  }
  if (results.some((result) => !result.ok)) break;
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
