import { z } from 'zod';
import type { Clock } from '../../platform/clock.js';
import type { Database, DbExecutor } from '../../platform/db/open-database.js';
import { enqueueJob } from '../../platform/jobs/enqueue-job.js';
import type { JobHandler } from '../../platform/jobs/job-handler.js';
import { expireSession } from './expire-session.js';
import { loadSession } from './load-session.js';

export const EXPIRE_SESSION_JOB = 'expire_session';

const Payload = z.object({ accountId: z.string(), sessionId: z.string() });

/** Queues the expiry of a session at its `expiresAt`, in the transaction that sets it. */
export async function scheduleSessionExpiry(
  deps: { db: DbExecutor; clock: Clock },
  input: { accountId: string; sessionId: string; runAt: Date },
): Promise<void> {
  await enqueueJob(deps, {
    kind: EXPIRE_SESSION_JOB,
    payload: { accountId: input.accountId, sessionId: input.sessionId },
    accountId: input.accountId,
    runAt: input.runAt,
    idempotencyKey: `expire-session:${input.sessionId}:${input.runAt.getTime()}`,
  });
}

/**
 * The `expire_session` job: a session still unfinished at its `expiresAt` becomes `expired` and its
 * sender and initiator are told. The party API already refuses it from that instant
 * (`session_expired`); the job makes the state and the emails follow.
 */
export function sessionExpiryJob(deps: { db: Database; clock: Clock }): JobHandler {
  return async (payload) => {
    const { accountId, sessionId } = Payload.parse(payload);
    const loaded = await loadSession(deps.db, accountId, sessionId);
    const expiresAt = loaded?.session.expiresAt;
    if (!expiresAt || expiresAt > deps.clock()) return;
    await expireSession(deps, { accountId, sessionId, reason: 'deadline' });
  };
}
