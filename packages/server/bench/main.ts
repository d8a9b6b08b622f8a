// `npm run bench`: every figure of design §3 as one JSON document on stdout, progress on stderr.
// `npm run bench -- --only=sizes,api` runs some sections; the default runs them all.
import { availableParallelism, loadavg } from 'node:os';
import { benchApiThroughput } from './api-throughput.js';
import { benchCompleteSession } from './complete-session.js';
import { benchCrash } from './crash.js';
import { benchDashboard } from './dashboard.js';
import { benchElementSizes } from './element-sizes.js';
import { benchHostileUploads } from './hostile-uploads.js';
import { benchPortalLogin } from './portal-login.js';
import { benchSigningDay } from './signing-day.js';
import { benchTarballSizes } from './tarball-sizes.js';
import { progress } from './timings.js';
import { benchWarmStart } from './warm-start.js';

const sections: Record<string, () => unknown> = {
  sizes: benchElementSizes,
  api: benchApiThroughput,
  completion: benchCompleteSession,
  warmStart: benchWarmStart,
  portal: benchPortalLogin,
  dashboard: benchDashboard,
  signingDay: benchSigningDay,
  crash: benchCrash,
  hostile: benchHostileUploads,
  tarballs: benchTarballSizes,
};

const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',')
  .filter(Boolean);
const unknown = only?.filter((name) => !(name in sections)) ?? [];
if (unknown.length) {
  console.error(
    `Unknown section ${unknown.join(', ')}; choose from ${Object.keys(sections).join(', ')}.`,
  );
  process.exit(2);
}

const result: Record<string, unknown> = {
  machine: {
    node: process.version,
    platform: process.platform,
    cpus: availableParallelism(),
    // Figures on a busy machine are rough: the load at the start says how busy it was.
    loadAverage: loadavg().map((load) => Math.round(load * 10) / 10),
  },
};
for (const [name, run] of Object.entries(sections)) {
  if (only && !only.includes(name)) continue;
  progress(`${name}…`);
  const started = performance.now();
  result[name] = await run();
  progress(`${name} done in ${Math.round((performance.now() - started) / 1000)} s`);
}
console.log(JSON.stringify(result, null, 2));
// The finalization worker pool and the database keep handles open; the figures are out.
process.exit(0);
