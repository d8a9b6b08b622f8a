import { and, asc, desc, eq, gte, inArray, lt, lte, or, sql } from 'drizzle-orm';
import type { Clock } from '../clock.js';
import type { Database } from '../db/open-database.js';
import { jobs } from '../db/schema/index.js';

export type ClaimedJob = typeof jobs.$inferSelect;

export interface ClaimDueJobsOptions {
  db: Database;
  clock: Clock;
  /** Identifies this process in `lease_owner`. */
  workerId: string;
  /** How long a claimed job stays this worker's; after that another instance may take it over. */
  leaseMs: number;
  limit: number;
}

/**
 * Claims up to `limit` due jobs (and jobs whose lease ran out) with one atomic UPDATE, so that two
 * instances never run the same job: the most urgent first, then the longest waiting.
 *
 * @returns the claimed jobs and how many lapsed jobs were given up as failed.
 */
export async function claimDueJobs({
  db,
  clock,
  workerId,
  leaseMs,
  limit,
}: ClaimDueJobsOptions): Promise<{ claimed: ClaimedJob[]; abandoned: number }> {
  const now = clock();
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
    .orderBy(desc(jobs.priority), asc(jobs.runAt))
    .limit(limit);
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
  // UPDATE … RETURNING gives no order: run them in the order they were chosen.
  claimed.sort((a, b) => b.priority - a.priority || a.runAt.getTime() - b.runAt.getTime());
  return { claimed, abandoned: abandoned.length };
}
