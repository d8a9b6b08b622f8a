#!/usr/bin/env node
// Prints the size of every built entry as JSON and fails when one is over its gzipped budget.
import { measureSizes } from './measure-sizes.mjs';

let report;
try {
  report = measureSizes();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
console.log(JSON.stringify(report, null, 2));
if (Object.values(report).some((size) => size.withinBudget === false)) {
  console.error('An entry is over its gzipped size budget.');
  process.exit(1);
}
