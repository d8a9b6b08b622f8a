// Measures every built entry (run the build first) against its gzipped budget. Shared by
// `npm run size` and `npm run bench`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { budgets } from './budgets.mjs';
import { buildEntries, distDir } from './entries.mjs';

/**
 * Sizes of `dist/<entry>.js`, keyed by file name, with the budget and verdict where one is set.
 * @returns {Record<string, import('./measure-sizes.d.mts').EntrySize>}
 */
export function measureSizes() {
  const report = {};
  for (const { name } of buildEntries()) {
    const file = join(distDir, `${name}.js`);
    if (!existsSync(file)) throw new Error(`${file} is missing: run the build first.`);
    const code = readFileSync(file);
    const size = { bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
    const budgetBytes = budgets[name];
    if (budgetBytes !== undefined)
      Object.assign(size, { budgetBytes, withinBudget: size.gzipBytes <= budgetBytes });
    report[`${name}.js`] = size;
  }
  return report;
}
