import type { Clock } from '../clock.js';
import type { DbExecutor } from '../db/open-database.js';
import { smsMessages } from '../db/schema/index.js';
import { newId } from '../ids.js';
import { enqueueJob } from '../jobs/enqueue-job.js';

export const SEND_SMS_JOB = 'send_sms';

/**
 * Records a text from an agent's number and queues its delivery. Pass a transaction as `db` so the
 * text exists only if the change that caused it commits.
 */
export async function queueSms(
  deps: { db: DbExecutor; clock: Clock },
  input: {
    accountId: string;
    agentId: string;
    from: string;
    to: string;
    body: string;
    /** The team contact and plan it is sent for, so a reply finds them. */
    contactId?: string | null;
    planId?: string | null;
  },
): Promise<{ messageId: string }> {
  const now = deps.clock();
  const messageId = newId('sms');
  await deps.db.insert(smsMessages).values({
    id: messageId,
    ...input,
    status: 'queued',
    createdAt: now,
    updatedAt: now,
  });
  await enqueueJob(deps, {
    kind: SEND_SMS_JOB,
    payload: { messageId },
    accountId: input.accountId,
    idempotencyKey: `send-sms:${messageId}`,
  });
  return { messageId };
}
