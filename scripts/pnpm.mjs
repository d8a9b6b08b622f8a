#!/usr/bin/env node
// Runs the pnpm version pinned in package.json through npx, so a machine with only Node and npm
// needs no global install and every contributor uses the same pnpm.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const { packageManager } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const result = spawnSync(
  'npx',
  ['--yes', '--loglevel=error', packageManager, ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    cwd: root,
    env: { ...process.env, npm_config_update_notifier: 'false' },
  },
);
process.exit(result.status ?? 1);
