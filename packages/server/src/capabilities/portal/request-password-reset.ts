import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { accounts } from '../../platform/db/schema/index.js';
import { enqueueJob } from '../../platform/jobs/enqueue-job.js';

export const PORTAL_PASSWORD_RESET_JOB = 'portal_password_reset';
export const PORTAL_SIGN_IN_LINK_JOB = 'portal_sign_in_link';

/** The job payload of an emailed link asked by username (a reset or a sign-in link). */
export const PasswordResetJobPayload = z.object({
  accountId: z.string(),
  username: z.string(),
});

/**
 * Queues an emailed link (`kind`: a reset or a sign-in link) for a username without looking it up:
 * the request does the same work whether or not the username (or the account) exists, so neither
 * its answer nor its timing tells. The job sends the link. An unknown account leaves the job
 * unowned, as the job table requires.
 */
export async function requestPasswordReset(
  deps: { db: Database; clock: Clock },
  { accountId, username }: { accountId: string; username: string },
  kind:
    typeof PORTAL_PASSWORD_RESET_JOB | typeof PORTAL_SIGN_IN_LINK_JOB = PORTAL_PASSWORD_RESET_JOB,
): Promise<void> {
  const [account] = await deps.db
    .select({ id: accounts.id })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  await enqueueJob(deps, {
    kind,
    payload: PasswordResetJobPayload.parse({ accountId, username }),
    accountId: account?.id,
    maxAttempts: 3,
  });
}
