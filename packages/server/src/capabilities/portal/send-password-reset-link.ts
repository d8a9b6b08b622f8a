import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import type { JobHandler } from '../../platform/jobs/job-handler.js';
import { unbrandedEmail } from '../../platform/mail/render-email-html.js';
import { sendEmail } from '../../platform/mail/send-email.js';
import { createPortalLink } from './create-portal-link.js';
import { findLinkRecipient } from './find-link-recipient.js';
import { portalLinkUrl } from './portal-link-url.js';
import { PasswordResetJobPayload } from './request-password-reset.js';

/**
 * The reset job: when the username belongs to a login with an email and an active client, emails a
 * one-hour single-use link; otherwise does nothing (the requester was told the same either way).
 */
export function sendPasswordResetLink({
  db,
  clock,
  publicUrl,
}: {
  db: Database;
  clock: Clock;
  publicUrl: string;
}): JobHandler {
  return async (payload, { jobId }) => {
    const { accountId, username } = PasswordResetJobPayload.parse(payload);
    const login = await findLinkRecipient(db, { accountId, username });
    if (!login) return;
    const { email } = login;
    await db.transaction(async (tx) => {
      const now = clock();
      const link = await createPortalLink(tx, {
        accountId,
        loginId: login.id,
        purpose: 'reset',
        now,
      });
      const url = await portalLinkUrl(tx, { accountId, publicUrl, token: link.token });
      await sendEmail(
        { db: tx, clock },
        {
          to: [email],
          subject: 'Reset your client login password',
          ...unbrandedEmail({
            body: `Someone asked to reset the password of your client login "${login.username}".`,
            action: { label: 'Choose a new password', url },
            footnote:
              'The link works once, within one hour. If it was not you, ignore this email: your password stays as it is.',
          }),
        },
        { accountId, idempotencyKey: `portal-reset:${jobId}`, urgent: true },
      );
    });
  };
}
