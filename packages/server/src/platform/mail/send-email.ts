import type { Clock } from '../clock.js';
import type { DbExecutor } from '../db/open-database.js';
import { enqueueJob, URGENT_JOB_PRIORITY } from '../jobs/enqueue-job.js';
import { EmailMessage } from './email-message.js';

export const SEND_EMAIL_JOB = 'send_email';

export interface SendEmailOptions {
  accountId?: string | undefined;
  /** The same key never sends twice, e.g. `invite:<clientId>:<n>`. */
  idempotencyKey?: string | undefined;
  /** Someone is waiting for this link (an invitation, a login link): deliver it before routine mail. */
  urgent?: boolean;
}

/**
 * Queues an email for delivery by the job worker (SMTP, or the outbox when `SMTP_URL` is unset),
 * so a slow or failing mail server never fails the request that caused the email.
 *
 * @example
 * await sendEmail({ db, clock }, { to: ['client@example.com'], subject: 'Your login', text: '…' });
 */
export async function sendEmail(
  deps: { db: DbExecutor; clock: Clock },
  message: EmailMessage,
  options: SendEmailOptions = {},
): Promise<{ jobId: string }> {
  const payload = EmailMessage.parse(message);
  const { jobId } = await enqueueJob(deps, {
    kind: SEND_EMAIL_JOB,
    payload,
    accountId: options.accountId,
    idempotencyKey: options.idempotencyKey,
    ...(options.urgent && { priority: URGENT_JOB_PRIORITY }),
  });
  return { jobId };
}
