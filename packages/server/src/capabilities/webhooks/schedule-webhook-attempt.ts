import type { DbExecutor } from '../../platform/db/open-database.js';
import { enqueueJob } from '../../platform/jobs/enqueue-job.js';

export const WEBHOOK_DELIVERY_JOB = 'webhook_delivery';

export interface WebhookAttemptJob {
  accountId: string;
  deliveryId: string;
  /** 1 for the first attempt of the delivery. */
  attempt: number;
}

/**
 * Queues one attempt of a delivery as a job. Each attempt is its own job (keyed by delivery and
 * attempt, so it is queued once), because a refused or failed HTTP call is an outcome the delivery
 * log records, not a crash for the job queue to retry.
 */
export async function scheduleWebhookAttempt(
  db: DbExecutor,
  job: WebhookAttemptJob,
  runAt: Date,
): Promise<void> {
  await enqueueJob(
    { db, clock: () => runAt },
    {
      kind: WEBHOOK_DELIVERY_JOB,
      payload: job,
      accountId: job.accountId,
      runAt,
      // Only for a crash mid-attempt (the lease lapses): HTTP failures schedule the next attempt.
      maxAttempts: 2,
      idempotencyKey: `webhook:${job.deliveryId}:${job.attempt}`,
    },
  );
}
