import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Clock } from '../clock.js';
import type { Database } from '../db/open-database.js';
import { smsMessages } from '../db/schema/index.js';
import type { JobHandler } from '../jobs/job-handler.js';
import type { SmsProvider } from './sms-provider.js';

const Payload = z.object({ messageId: z.string() });

/**
 * The `send_sms` job handler. It marks the message `sending` before calling the provider, so when a
 * worker dies mid-call the next attempt finds the mark and records `unconfirmed` rather than texting
 * the contact a second time: at most once, never twice.
 */
export function deliverSms({
  db,
  clock,
  provider,
}: {
  db: Database;
  clock: Clock;
  provider: SmsProvider;
}): JobHandler {
  return async (payload, { accountId }) => {
    const { messageId } = Payload.parse(payload);
    const ours = and(eq(smsMessages.id, messageId), eq(smsMessages.accountId, accountId ?? ''));
    const [claimed] = await db
      .update(smsMessages)
      .set({ status: 'sending', provider: provider.name, updatedAt: clock() })
      .where(and(ours, eq(smsMessages.status, 'queued')))
      .returning();
    if (!claimed) {
      await db
        .update(smsMessages)
        .set({
          status: 'unconfirmed',
          lastError: 'The worker stopped while handing this text to the provider; not sent again.',
          updatedAt: clock(),
        })
        .where(and(ours, eq(smsMessages.status, 'sending')));
      return;
    }

    const result = await provider.send({
      id: claimed.id,
      accountId: claimed.accountId,
      from: claimed.from,
      to: claimed.to,
      body: claimed.body,
    });
    if (result.status === 'sent') {
      await db
        .update(smsMessages)
        .set({
          status: 'sent',
          providerMessageId: result.providerMessageId,
          lastError: null,
          updatedAt: clock(),
        })
        .where(ours);
      return;
    }
    await db
      .update(smsMessages)
      .set({
        status: result.retryable ? 'queued' : 'failed',
        lastError: result.reason,
        updatedAt: clock(),
      })
      .where(ours);
    if (result.retryable) throw new Error(result.reason);
  };
}
