import { eq } from 'drizzle-orm';
import type { Clock } from '../clock.js';
import type { DbExecutor } from '../db/open-database.js';
import { jobs } from '../db/schema/index.js';
import { newId } from '../ids.js';

export interface EnqueueJobInput {
  kind: string;
  payload: unknown;
  accountId?: string | undefined;
  /** Not before this time (default: now). */
  runAt?: Date;
  maxAttempts?: number;
  /** Higher is claimed first among due jobs (default 0); see `URGENT_JOB_PRIORITY`. */
  priority?: number;
  /** A second enqueue with the same key returns the first job instead of adding one. */
  idempotencyKey?: string | undefined;
}

export const DEFAULT_MAX_ATTEMPTS = 8;

/** Work a person is waiting on right now, e.g. the email with their signing or login link. */
export const URGENT_JOB_PRIORITY = 10;

/**
 * Adds durable work for the job worker. Pass a transaction as `db` to commit the job together
 * with the change that caused it.
 */
export async function enqueueJob(
  deps: { db: DbExecutor; clock: Clock },
  input: EnqueueJobInput,
): Promise<{ jobId: string; created: boolean }> {
  const now = deps.clock();
  const id = newId('job');
  const [inserted] = await deps.db
    .insert(jobs)
    .values({
      id,
      accountId: input.accountId,
      kind: input.kind,
      payload: input.payload,
      runAt: input.runAt ?? now,
      priority: input.priority ?? 0,
      maxAttempts: input.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      idempotencyKey: input.idempotencyKey,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing({ target: jobs.idempotencyKey })
    .returning({ id: jobs.id });
  if (inserted) return { jobId: inserted.id, created: true };

  const [existing] = await deps.db
    .select({ id: jobs.id })
    .from(jobs)
    .where(eq(jobs.idempotencyKey, input.idempotencyKey ?? ''));
  if (!existing) throw new Error(`Job ${input.kind} was neither inserted nor found.`);
  return { jobId: existing.id, created: false };
}
