import { and, eq } from 'drizzle-orm';
import type { Clock } from '../clock.js';
import type { Database } from '../db/open-database.js';
import { jobs } from '../db/schema/index.js';
import type { Logger } from '../logger.js';
import type { Backoff } from './backoff.js';
import type { ClaimedJob } from './claim-due-jobs.js';
import type { JobHandlers } from './job-handler.js';

export interface RunClaimedJobOptions {
  db: Database;
  handlers: JobHandlers;
  clock: Clock;
  workerId: string;
  backoff: Backoff;
  logger: Logger;
}

/**
 * Runs one claimed job through its handler and records the outcome. A failure is retried with
 * backoff until `max_attempts`, then the job is marked `failed`.
 */
export async function runClaimedJob(
  job: ClaimedJob,
  { db, handlers, clock, workerId, backoff, logger }: RunClaimedJobOptions,
): Promise<'succeeded' | 'retried' | 'failed'> {
  const ownJob = and(eq(jobs.id, job.id), eq(jobs.leaseOwner, workerId));
  try {
    const handler = handlers[job.kind];
    if (!handler) throw new Error(`No handler for job kind "${job.kind}".`);
    await handler(job.payload, { jobId: job.id, accountId: job.accountId, attempt: job.attempts });
    await db
      .update(jobs)
      .set({
        status: 'succeeded',
        leaseOwner: null,
        leaseUntil: null,
        lastError: null,
        updatedAt: clock(),
      })
      .where(ownJob);
    return 'succeeded';
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const finished = clock();
    const giveUp = job.attempts >= job.maxAttempts;
    await db
      .update(jobs)
      .set({
        status: giveUp ? 'failed' : 'pending',
        runAt: giveUp ? job.runAt : new Date(finished.getTime() + backoff(job.attempts)),
        leaseOwner: null,
        leaseUntil: null,
        lastError: message.slice(0, 2000),
        updatedAt: finished,
      })
      .where(ownJob);
    logger.warn('job failed', {
      jobId: job.id,
      kind: job.kind,
      attempt: job.attempts,
      giveUp,
      error: message,
    });
    return giveUp ? 'failed' : 'retried';
  }
}
