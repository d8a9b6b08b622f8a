import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import type { JobHandler } from '../../platform/jobs/job-handler.js';
import { sendEmail } from '../../platform/mail/send-email.js';
import { createPortalLink } from './create-portal-link.js';
import { findLinkRecipient } from './find-link-recipient.js';
import { ownPortalLinkUrl } from './portal-link-url.js';
import { PasswordResetJobPayload } from './request-password-reset.js';

/**
 * The sign-in link job: emails a 15-minute single-use link to the account's portal page when the
 * username belongs to an activated login with an email and an active client, and the account has a
 * portal page to sign in on; otherwise does nothing (the requester was told the same either way).
 */
export function sendSignInLink({ db, clock }: { db: Database; clock: Clock }): JobHandler {
  return async (payload, { jobId }) => {
    const { accountId, username } = PasswordResetJobPayload.parse(payload);
    const login = await findLinkRecipient(db, { accountId, username });
    if (!login?.activatedAt) return;
    await db.transaction(async (tx) => {
      const now = clock();
      const link = await createPortalLink(tx, {
        accountId,
        loginId: login.id,
        purpose: 'signin',
        now,
      });
      const url = await ownPortalLinkUrl(tx, { accountId, token: link.token });
      if (!url) return;
      await sendEmail(
        { db: tx, clock },
        {
          to: [login.email],
          subject: 'Your sign-in link',
          text:
            `Someone asked to sign in to your client login "${login.username}" by email.\n\n` +
            `Sign in here (the link works once, within 15 minutes):\n${url}\n\n` +
            'If it was not you, ignore this email: nobody can sign in without it.',
        },
        { accountId, idempotencyKey: `portal-sign-in-link:${jobId}` },
      );
    });
  };
}
