// One fresh process of the warm-start bench: `server` starts the whole server first (which warms a
// PDF worker before it listens), `bare` does not; both then seal the same document several times.
// Prints its figures as one JSON line.
import { finalizeInWorker } from '../src/platform/pdf/finalize-in-worker.js';
import { startServer } from '../src/start-server.js';
import { testConfig } from '../test/support/test-server.js';
import { benchmarkFinalizeInput } from './finalize-input.js';
import { percentiles, round } from './timings.js';

const WARM_RUNS = 5;

const mode = process.argv[2];
const input = await benchmarkFinalizeInput();
const startStarted = performance.now();
const server =
  mode === 'server'
    ? await startServer({ ...testConfig(), port: 0, databaseUrl: ':memory:' })
    : undefined;
const startMs = round(performance.now() - startStarted);
const times: number[] = [];
for (let run = 0; run <= WARM_RUNS; run++) {
  const started = performance.now();
  await finalizeInWorker(input);
  times.push(performance.now() - started);
}
await server?.close();
const [first = 0, ...warm] = times;
console.log(JSON.stringify({ startMs, firstMs: round(first), warmP50Ms: percentiles(warm).p50Ms }));
process.exit(0);
