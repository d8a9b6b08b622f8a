import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const generator = fileURLToPath(new URL('../scripts/generate-components.mjs', import.meta.url));

test('the committed React components are the ones the elements manifest gives', () => {
  const check = spawnSync(process.execPath, [generator, '--check'], { encoding: 'utf8' });
  assert.equal(check.status, 0, check.stderr);
});
