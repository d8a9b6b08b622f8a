#!/usr/bin/env node
// Prints the size of every built entry as JSON and fails when one is over its gzipped budget.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { budgets } from './budgets.mjs';
import { buildEntries, distDir } from './entries.mjs';

const report = {};
let overBudget = false;
for (const { name } of buildEntries()) {
  const file = join(distDir, `${name}.js`);
  if (!existsSync(file)) {
    console.error(`${file} is missing: run the build first.`);
    process.exit(1);
  }
  const code = readFileSync(file);
  const size = { bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
  const budgetBytes = budgets[name];
  if (budgetBytes !== undefined) {
    Object.assign(size, { budgetBytes, withinBudget: size.gzipBytes <= budgetBytes });
    overBudget ||= !size.withinBudget;
  }
  report[`${name}.js`] = size;
}

console.log(JSON.stringify(report, null, 2));
if (overBudget) {
  console.error('An entry is over its gzipped size budget.');
  process.exit(1);
}
