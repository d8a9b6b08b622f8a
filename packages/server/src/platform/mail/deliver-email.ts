import { eq } from 'drizzle-orm';
import { createTransport } from 'nodemailer';
import type { BlobStoreFor } from '../blobs/blob-store.js';
import type { Clock } from '../clock.js';
import type { Database } from '../db/open-database.js';
import { accounts, outboxEmails } from '../db/schema/index.js';
import { newId } from '../ids.js';
import type { JobHandler } from '../jobs/job-handler.js';
import { accountSender } from './account-sender.js';
import { EmailMessage } from './email-message.js';

export interface DeliverEmailOptions {
  db: Database;
  clock: Clock;
  blobStoreFor: BlobStoreFor;
  /** Unset: keep the message in the outbox table (shown at /dev/mailbox). */
  smtpUrl: string | undefined;
  /** The system sender; an account's emails show the account's name at its address. */
  mailFrom: string;
}

/** The `send_email` job handler: hands the message to SMTP or stores it in the outbox. */
export function deliverEmail({
  db,
  clock,
  blobStoreFor,
  smtpUrl,
  mailFrom,
}: DeliverEmailOptions): JobHandler {
  const transport = smtpUrl ? createTransport(smtpUrl) : undefined;
  const blobStore = blobStoreFor(db);
  const systemSender = async (accountId: string | null) => {
    const [account] = accountId
      ? await db.select({ name: accounts.name }).from(accounts).where(eq(accounts.id, accountId))
      : [];
    return account ? accountSender(mailFrom, account.name) : mailFrom;
  };
  return async (payload, { jobId, accountId }) => {
    const message = EmailMessage.parse(payload);
    const from = message.from ?? (await systemSender(accountId));
    const attachments = await Promise.all(
      message.attachments.map(async (attachment) => {
        const stored = accountId
          ? await blobStore.getBlob(accountId, attachment.blobId)
          : undefined;
        if (!stored) throw new Error(`Attachment ${attachment.filename} is missing.`);
        return { ...attachment, content: Buffer.from(stored.bytes), size: stored.size };
      }),
    );
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
        headers: message.headers,
        attachments: attachments.map(({ filename, contentType, content }) => ({
          filename,
          contentType,
          content,
        })),
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
        attachments: attachments.map(({ filename, contentType, blobId, size }) => ({
          filename,
          contentType,
          blobId,
          size,
        })),
        createdAt: clock(),
      })
      .onConflictDoNothing({ target: outboxEmails.jobId });
  };
}
