import { z } from 'zod';
import type { Clock } from '../clock.js';
import type { Database } from '../db/open-database.js';
import { enqueueJob } from '../jobs/enqueue-job.js';

export const PORTAL_PASSWORD_RESET_JOB = 'portal_password_reset';

export const PasswordResetJobPayload = z.object({
  accountId: z.string(),
  username: z.string(),
});

/**
 * Queues a reset for a username without looking it up: the request does the same work whether or
 * not the username exists, so neither its answer nor its timing tells. The job sends the link.
 */
export async function requestPasswordReset(
  deps: { db: Database; clock: Clock },
  { accountId, username }: { accountId: string; username: string },
): Promise<void> {
  await enqueueJob(deps, {
    kind: PORTAL_PASSWORD_RESET_JOB,
    payload: PasswordResetJobPayload.parse({ accountId, username }),
    accountId,
    maxAttempts: 3,
  });
}
