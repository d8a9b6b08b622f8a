/** Percentiles of a set of durations, in ms rounded to 0.1. */
export interface Timings {
  runs: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

/** Runs `job` `warmup` times unmeasured, then `runs` times one after the other, timing each run. */
export async function measure(
  runs: number,
  warmup: number,
  job: (run: number) => Promise<unknown>,
): Promise<Timings> {
  for (let index = 0; index < warmup; index++) await job(-1 - index);
  const times: number[] = [];
  for (let index = 0; index < runs; index++) {
    const started = performance.now();
    await job(index);
    times.push(performance.now() - started);
  }
  return percentiles(times);
}

/** p50, p95 and p99 of `times` (ms). */
export function percentiles(times: number[]): Timings {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (share: number) =>
    round(sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0);
  return { runs: sorted.length, p50Ms: at(0.5), p95Ms: at(0.95), p99Ms: at(0.99) };
}

export function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

/** A progress line on stderr; stdout carries only the JSON result. */
export function progress(line: string): void {
  process.stderr.write(`bench: ${line}\n`);
}
