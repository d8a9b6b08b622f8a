// Gzipped size of every element entry and of the bundle against the budgets (design §3), with the
// build and the measurement of `npm run size`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { measureSizes } from '../../elements/scripts/measure-sizes.mjs';

const elementsDir = fileURLToPath(new URL('../../elements', import.meta.url));

export function benchElementSizes() {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: elementsDir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) throw new Error('the elements build failed');
  const entries = measureSizes();
  return {
    entries,
    withinBudget: Object.values(entries).every((size) => size.withinBudget !== false),
  };
}
