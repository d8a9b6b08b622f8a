// Warm start: the first completion after a start against a warm one, each start in a fresh
// process (the PDF worker pool lives as long as its process). `startServer` warms a worker before
// it listens; the same sealing without it shows what a cold first completion costs.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { progress, round } from './timings.js';

/** Issue #20: the first completion after a start is within 2× of a warm one. */
const MAX_RATIO = 2;
const STARTS = 2;

interface ChildFigures {
  startMs: number;
  firstMs: number;
  warmP50Ms: number;
}

export async function benchWarmStart() {
  const server: ChildFigures[] = [];
  const cold: ChildFigures[] = [];
  for (let start = 1; start <= STARTS; start++) {
    progress(`warmStart: start ${start}/${STARTS}`);
    server.push(await runChild('server'));
    cold.push(await runChild('bare'));
  }
  const median = (runs: ChildFigures[], pick: (run: ChildFigures) => number) =>
    round([...runs.map(pick)].sort((a, b) => a - b)[Math.floor((runs.length - 1) / 2)] ?? 0);
  const firstMs = median(server, (run) => run.firstMs);
  const warmMs = median(server, (run) => run.warmP50Ms);
  const ratio = Math.round((firstMs / warmMs) * 100) / 100;
  return {
    starts: STARTS,
    serverStartMs: median(server, (run) => run.startMs),
    firstCompletionMs: firstMs,
    warmCompletionMs: warmMs,
    ratio,
    maxRatio: MAX_RATIO,
    withinBudget: ratio <= MAX_RATIO,
    withoutWarmUp: {
      firstCompletionMs: median(cold, (run) => run.firstMs),
      warmCompletionMs: median(cold, (run) => run.warmP50Ms),
    },
  };
}

async function runChild(mode: 'server' | 'bare'): Promise<ChildFigures> {
  const script = fileURLToPath(new URL('./warm-start-child.ts', import.meta.url));
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script, mode]);
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as ChildFigures;
}
