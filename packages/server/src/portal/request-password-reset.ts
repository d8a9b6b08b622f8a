import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Clock } from '../clock.js';
import type { Database } from '../db/open-database.js';
import { accounts } from '../db/schema/index.js';
import { enqueueJob } from '../jobs/enqueue-job.js';

export const PORTAL_PASSWORD_RESET_JOB = 'portal_password_reset';

export const PasswordResetJobPayload = z.object({
  accountId: z.string(),
  username: z.string(),
});

/**
 * Queues a reset for a username without looking it up: the request does the same work whether or
 * not the username (or the account) exists, so neither its answer nor its timing tells. The job
 * sends the link. An unknown account leaves the job unowned, as the job table requires.
 */
export async function requestPasswordReset(
  deps: { db: Database; clock: Clock },
  { accountId, username }: { accountId: string; username: string },
): Promise<void> {
  const [account] = await deps.db
    .select({ id: accounts.id })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  await enqueueJob(deps, {
    kind: PORTAL_PASSWORD_RESET_JOB,
    payload: PasswordResetJobPayload.parse({ accountId, username }),
    accountId: account?.id,
    maxAttempts: 3,
  });
}
