import { spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot } from './paths.js';

const elementsDir = join(repoRoot, 'packages', 'elements');
const bundlePath = join(elementsDir, 'dist', 'signport.js');

async function newestMtime(path: string): Promise<number> {
  const info = await stat(path);
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path);
  const times = await Promise.all(entries.map((entry) => newestMtime(join(path, entry))));
  return Math.max(info.mtimeMs, ...times);
}

async function bundleIsFresh(): Promise<boolean> {
  const built = await stat(bundlePath).catch(() => undefined);
  if (!built) return false;
  const inputs = await Promise.all(
    ['src', 'scripts', 'package.json'].map((entry) =>
      newestMtime(join(elementsDir, entry)).catch(() => 0),
    ),
  );
  return built.mtimeMs >= Math.max(...inputs);
}

/** Builds the elements when `dist/signport.js` is missing or older than their sources. */
export async function ensureElementsBuilt({ quiet }: { quiet: boolean }): Promise<void> {
  if (await bundleIsFresh()) return;
  if (!quiet) console.log('Building the elements (packages/elements/dist)…');
  const child = spawn(
    process.execPath,
    ['scripts/pnpm.mjs', '--silent', '--filter', '@signport/elements', 'build'],
    { cwd: repoRoot, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`Building the elements failed (exit ${code}).\n${output.trim()}`);
}
