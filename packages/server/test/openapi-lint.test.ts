import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { tempDir, testApp } from './support/test-server.js';

const redocly = fileURLToPath(new URL('../node_modules/.bin/redocly', import.meta.url));

interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location: { pointer?: string }[];
}

/**
 * Redocly's recommended ruleset on the served document: no errors. The warnings left are on
 * purpose: `/healthz` and `/v1/origin-check` have no 4xx answer, and the `IdempotencyKey` parameter component is there for
 * generators that want it, while every mutating operation carries the header inline.
 */
test('Redocly lint (recommended rules) reports no errors on /v1/openapi.json', async (t) => {
  const { app } = await testApp(t);
  const file = join(tempDir(t), 'openapi.json');
  writeFileSync(file, await (await app.request('/v1/openapi.json')).text());

  const { stdout } = await promisify(execFile)(
    redocly,
    ['lint', file, '--format', 'json', '--max-problems', '1000'],
    {
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      maxBuffer: 16 * 1024 * 1024,
    },
  ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  const { problems } = JSON.parse(stdout) as { problems: LintProblem[] };
  const describe = (problem: LintProblem) =>
    `${problem.ruleId}: ${problem.message} at ${problem.location.map((l) => l.pointer).join(', ')}`;
  const errors = problems.filter((problem) => problem.severity === 'error').map(describe);
  const warnings = problems.filter((problem) => problem.severity === 'warn').map(describe);
  console.log(
    `redocly: ${errors.length} errors, ${warnings.length} warnings\n${warnings.join('\n')}`,
  );
  assert.deepEqual(errors, []);
  assert.deepEqual(
    problems
      .filter((problem) => problem.severity === 'warn')
      .map((problem) => problem.ruleId)
      .sort(),
    ['no-unused-components', 'operation-4xx-response', 'operation-4xx-response'],
    'a new warning: fix it, or explain it above',
  );
});
