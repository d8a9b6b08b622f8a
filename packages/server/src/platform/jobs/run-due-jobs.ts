import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { systemClock, type Clock } from '../clock.js';
import type { Database } from '../db/open-database.js';
import { silentLogger, type Logger } from '../logger.js';
import { exponentialBackoff, type Backoff } from './backoff.js';
import { claimDueJobs } from './claim-due-jobs.js';
import type { JobHandlers } from './job-handler.js';
import { runClaimedJob } from './run-claimed-job.js';

export interface RunDueJobsOptions {
  db: Database;
  handlers: JobHandlers;
  clock?: Clock;
  /** Identifies this process in `lease_owner`. */
  workerId?: string;
  /** How long a claimed job stays this worker's; after that another instance may take it over. */
  leaseMs?: number;
  batchSize?: number;
  backoff?: Backoff;
  logger?: Logger;
}

export interface RunDueJobsResult {
  claimed: number;
  succeeded: number;
  retried: number;
  failed: number;
}

export const defaultWorkerId = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;

/** The options of `runDueJobs` with their defaults filled in. */
export function jobRunnerOptions(options: RunDueJobsOptions) {
  return {
    db: options.db,
    handlers: options.handlers,
    clock: options.clock ?? systemClock,
    workerId: options.workerId ?? defaultWorkerId,
    leaseMs: options.leaseMs ?? 5 * 60_000,
    backoff: options.backoff ?? exponentialBackoff(),
    logger: options.logger ?? silentLogger,
  };
}

/**
 * Claims one batch of due jobs, most urgent first, and runs them one after another: a single
 * deterministic pass (the CLI and tests use it; the server runs `startJobWorker`).
 */
export async function runDueJobs(options: RunDueJobsOptions): Promise<RunDueJobsResult> {
  const runner = jobRunnerOptions(options);
  const { claimed, abandoned } = await claimDueJobs({
    ...runner,
    limit: options.batchSize ?? 10,
  });
  const result: RunDueJobsResult = {
    claimed: claimed.length,
    succeeded: 0,
    retried: 0,
    failed: abandoned,
  };
  for (const job of claimed) result[await runClaimedJob(job, runner)] += 1;
  return result;
}
