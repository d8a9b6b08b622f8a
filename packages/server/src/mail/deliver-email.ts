import { createTransport } from 'nodemailer';
import type { Clock } from '../clock.js';
import type { Database } from '../db/open-database.js';
import { outboxEmails } from '../db/schema/index.js';
import { newId } from '../ids.js';
import type { JobHandler } from '../jobs/job-handler.js';
import { EmailMessage } from './email-message.js';

export interface DeliverEmailOptions {
  db: Database;
  clock: Clock;
  /** Unset: keep the message in the outbox table (shown at /dev/mailbox). */
  smtpUrl: string | undefined;
  /** The system sender used when a message names none. */
  mailFrom: string;
}

/** The `send_email` job handler: hands the message to SMTP or stores it in the outbox. */
export function deliverEmail({ db, clock, smtpUrl, mailFrom }: DeliverEmailOptions): JobHandler {
  const transport = smtpUrl ? createTransport(smtpUrl) : undefined;
  return async (payload, { jobId, accountId }) => {
    const message = EmailMessage.parse(payload);
    const from = message.from ?? mailFrom;
    if (transport) {
      await transport.sendMail({
        from,
        replyTo: message.replyTo,
        to: message.to,
        cc: message.cc,
        bcc: message.bcc,
        subject: message.subject,
        text: message.text,
        html: message.html,
      });
      return;
    }
    await db
      .insert(outboxEmails)
      .values({
        id: newId('eml'),
        accountId,
        jobId,
        from,
        replyTo: message.replyTo,
        to: message.to,
        cc: message.cc,
        bcc: message.bcc,
        subject: message.subject,
        text: message.text,
        html: message.html,
        createdAt: clock(),
      })
      .onConflictDoNothing({ target: outboxEmails.jobId });
  };
}
