import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { and, asc, eq, gte, inArray, lt, lte, or, sql } from 'drizzle-orm';
import { systemClock, type Clock } from '../clock.js';
import type { Database } from '../db/open-database.js';
import { jobs } from '../db/schema/index.js';
import { silentLogger, type Logger } from '../logger.js';
import { exponentialBackoff, type Backoff } from './backoff.js';
import type { JobHandlers } from './job-handler.js';

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

/**
 * Claims due jobs (and jobs whose lease ran out) with one atomic UPDATE, so that two instances never
 * run the same job, then runs each through its handler. A failure is retried with backoff until
 * `max_attempts`, then the job is marked `failed`.
 */
export async function runDueJobs({
  db,
  handlers,
  clock = systemClock,
  workerId = defaultWorkerId,
  leaseMs = 5 * 60_000,
  batchSize = 10,
  backoff = exponentialBackoff(),
  logger = silentLogger,
}: RunDueJobsOptions): Promise<RunDueJobsResult> {
  const now = clock();
  const result: RunDueJobsResult = { claimed: 0, succeeded: 0, retried: 0, failed: 0 };

  // A worker that died on the last attempt leaves a lapsed lease: that job has had its chances.
  const abandoned = await db
    .update(jobs)
    .set({
      status: 'failed',
      leaseOwner: null,
      leaseUntil: null,
      lastError: 'Lease expired on the last attempt.',
      updatedAt: now,
    })
    .where(
      and(
        eq(jobs.status, 'running'),
        lt(jobs.leaseUntil, now),
        gte(jobs.attempts, jobs.maxAttempts),
      ),
    )
    .returning({ id: jobs.id });
  result.failed += abandoned.length;

  const due = db
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      or(
        and(eq(jobs.status, 'pending'), lte(jobs.runAt, now)),
        and(
          eq(jobs.status, 'running'),
          lt(jobs.leaseUntil, now),
          lt(jobs.attempts, jobs.maxAttempts),
        ),
      ),
    )
    .orderBy(asc(jobs.runAt))
    .limit(batchSize);
  const claimed = await db
    .update(jobs)
    .set({
      status: 'running',
      leaseOwner: workerId,
      leaseUntil: new Date(now.getTime() + leaseMs),
      attempts: sql`${jobs.attempts} + 1`,
      updatedAt: now,
    })
    .where(inArray(jobs.id, due))
    .returning();
  result.claimed = claimed.length;

  for (const job of claimed) {
    const ownJob = and(eq(jobs.id, job.id), eq(jobs.leaseOwner, workerId));
    try {
      const handler = handlers[job.kind];
      if (!handler) throw new Error(`No handler for job kind "${job.kind}".`);
      await handler(job.payload, {
        jobId: job.id,
        accountId: job.accountId,
        attempt: job.attempts,
      });
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
      result.succeeded += 1;
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
      if (giveUp) result.failed += 1;
      else result.retried += 1;
      logger.warn('job failed', {
        jobId: job.id,
        kind: job.kind,
        attempt: job.attempts,
        giveUp,
        error: message,
      });
    }
  }
  return result;
}
