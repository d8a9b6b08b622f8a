import type { ClaimedJob } from './claim-due-jobs.js';
import { claimDueJobs } from './claim-due-jobs.js';
import { runClaimedJob } from './run-claimed-job.js';
import { jobRunnerOptions, type RunDueJobsOptions } from './run-due-jobs.js';

export interface JobWorkerOptions extends Omit<RunDueJobsOptions, 'batchSize'> {
  /** Pause between polls when there is nothing left to do. */
  intervalMs?: number;
  /** Jobs run at once; a slow one (a big attachment, a sealing) holds one slot, not the queue. */
  concurrency?: number;
}

export interface JobWorker {
  /** Stops polling and waits for the jobs in hand to finish. */
  stop(): Promise<void>;
}

/**
 * Runs due jobs until stopped, up to `concurrency` at a time. Each free slot claims the most urgent
 * due job right away, so an invitation waits for one slot to free up, never for a whole batch of
 * slower deliveries queued before it.
 *
 * @example
 * const worker = startJobWorker({ db, handlers: createJobHandlers({ db, config, clock }), logger });
 * process.on('SIGTERM', () => worker.stop());
 */
export function startJobWorker({
  intervalMs = 1000,
  concurrency = 4,
  ...options
}: JobWorkerOptions): JobWorker {
  const runner = jobRunnerOptions(options);
  const running = new Set<Promise<void>>();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let claiming: Promise<void> | undefined;
  let refillAfterClaim = false;

  const start = (job: ClaimedJob) => {
    // runClaimedJob records failures itself; a rejection here is the database failing.
    const run = runClaimedJob(job, runner)
      .then(
        () => undefined,
        (error: unknown) => {
          runner.logger.error('job outcome not recorded', {
            jobId: job.id,
            error: error instanceof Error ? error.message : String(error),
          });
        },
      )
      .finally(() => {
        running.delete(run);
        fill();
      });
    running.add(run);
  };

  function fill(): void {
    if (stopped) return;
    if (claiming) {
      refillAfterClaim = true;
      return;
    }
    clearTimeout(timer);
    const free = concurrency - running.size;
    if (free <= 0) return; // the next job to finish calls fill again
    refillAfterClaim = false;
    claiming = claimDueJobs({ ...runner, limit: free })
      .then(({ claimed }) => {
        claimed.forEach(start);
        return claimed.length === free;
      })
      .catch((error: unknown) => {
        // A busy database or a lost claim race is retried on the next poll.
        runner.logger.error('job poll failed', {
          error: error instanceof Error ? error.message : String(error),
        });
        return false;
      })
      .then((more) => {
        claiming = undefined;
        if (stopped) return;
        if (more || refillAfterClaim) fill();
        else timer = setTimeout(fill, intervalMs);
      });
  }
  fill();

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await claiming;
      await Promise.all(running);
    },
  };
}
