import type { Clock } from '../../platform/clock.js';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { enqueueJob } from '../../platform/jobs/enqueue-job.js';

// Apart from the job's handler (which invites parties) so that inviting parties can start a round.
export const SESSION_REMINDERS_JOB = 'session_reminders';

/**
 * Starts a session's reminder round, once per session however often parties are invited; the job
 * then schedules itself for as long as somebody has something to sign.
 */
export async function startSessionReminders(
  deps: { db: DbExecutor; clock: Clock },
  session: { accountId: string; id: string },
): Promise<void> {
  await enqueueJob(deps, {
    kind: SESSION_REMINDERS_JOB,
    payload: { accountId: session.accountId, sessionId: session.id },
    accountId: session.accountId,
    idempotencyKey: `session-reminders:${session.id}:start`,
  });
}
