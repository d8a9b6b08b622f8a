#!/usr/bin/env node
// Builds one self-contained ESM file per element plus `signport.js` with all of them, then writes
// `custom-elements.json`. Each file bundles its own copy of Lit so its measured size is what a page
// that loads only that element pays.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';
import { buildEntries, distDir, packageDir } from './entries.mjs';
import { minifyTemplates } from './minify-templates.mjs';
import { precompress } from './precompress.mjs';

rmSync(distDir, { recursive: true, force: true });

await Promise.all(
  buildEntries().map(({ name, source }) =>
    build({
      entryPoints: [source],
      outfile: join(distDir, `${name}.js`),
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      sourcemap: true,
      legalComments: 'external',
      // Lit's decorators need experimentalDecorators and useDefineForClassFields: false from here.
      tsconfig: join(packageDir, 'tsconfig.json'),
      plugins: [minifyTemplates()],
      logLevel: 'warning',
    }),
  ),
);

precompress(
  distDir,
  buildEntries().map(({ name }) => name),
);

const analyzer = createRequire(import.meta.url).resolve(
  '@custom-elements-manifest/analyzer/cem.js',
);
const manifest = spawnSync(process.execPath, [analyzer, 'analyze'], {
  cwd: packageDir,
  stdio: 'inherit',
});
if (manifest.status !== 0) process.exit(manifest.status ?? 1);
