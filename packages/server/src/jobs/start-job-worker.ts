import { silentLogger } from '../logger.js';
import { runDueJobs, type RunDueJobsOptions } from './run-due-jobs.js';

export interface JobWorkerOptions extends RunDueJobsOptions {
  /** Pause between polls when there is nothing left to do. */
  intervalMs?: number;
}

export interface JobWorker {
  /** Stops polling and waits for the jobs in hand to finish. */
  stop(): Promise<void>;
}

/**
 * Polls for due jobs until stopped; a full batch is followed at once by the next one.
 *
 * @example
 * const worker = startJobWorker({ db, handlers: createJobHandlers({ db, config, logger }), logger });
 * process.on('SIGTERM', () => worker.stop());
 */
export function startJobWorker({ intervalMs = 1000, ...options }: JobWorkerOptions): JobWorker {
  const logger = options.logger ?? silentLogger;
  const batchSize = options.batchSize ?? 10;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const poll = () => {
    running = runDueJobs({ ...options, batchSize })
      .then((result) => result.claimed === batchSize)
      .catch((error: unknown) => {
        // A busy database or a lost claim race is retried on the next poll.
        logger.error('job poll failed', {
          error: error instanceof Error ? error.message : String(error),
        });
        return false;
      })
      .then((more) => {
        if (!stopped) timer = setTimeout(poll, more ? 0 : intervalMs);
      });
  };
  poll();

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
