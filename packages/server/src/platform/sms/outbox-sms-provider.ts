import type { Clock } from '../clock.js';
import type { Database } from '../db/open-database.js';
import { outboxSms } from '../db/schema/index.js';
import { newId } from '../ids.js';
import type { SmsProvider } from './sms-provider.js';

/** Keeps texts in the `outbox_sms` table (shown at /dev/mailbox/sms) instead of sending them. */
export function outboxSmsProvider({ db, clock }: { db: Database; clock: Clock }): SmsProvider {
  return {
    name: 'outbox',
    async send(message) {
      const id = newId('osm');
      await db
        .insert(outboxSms)
        .values({
          id,
          accountId: message.accountId,
          messageId: message.id,
          from: message.from,
          to: message.to,
          body: message.body,
          createdAt: clock(),
        })
        .onConflictDoNothing({ target: outboxSms.messageId });
      return { status: 'sent', providerMessageId: message.id };
    },
  };
}
