#!/usr/bin/env node
// Builds the server to `dist/` for `node dist/main.js`: tsc for the TypeScript, then a copy of every
// other file under `src/` (browser scripts of the hosted pages, the PDF worker's bootstrap) beside it.
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const srcDir = join(packageDir, 'src');
const distDir = join(packageDir, 'dist');

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const compiled = spawnSync(process.execPath, [tsc, '-b', 'tsconfig.build.json'], {
  cwd: packageDir,
  stdio: 'inherit',
});
if (compiled.status !== 0) process.exit(compiled.status ?? 1);

for (const entry of readdirSync(srcDir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || entry.name.endsWith('.ts')) continue;
  const source = join(entry.parentPath, entry.name);
  cpSync(source, join(distDir, relative(srcDir, source)));
}
