import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import type { JobHandler } from '../../platform/jobs/job-handler.js';
import { unbrandedEmail } from '../../platform/mail/render-email-html.js';
import { sendEmail } from '../../platform/mail/send-email.js';
import { translate } from '../languages/translate.js';
import { createPortalLink } from './create-portal-link.js';
import { findLoginLocale } from './find-login-locale.js';
import { findLinkRecipient } from './find-link-recipient.js';
import { portalLinkUrl } from './portal-link-url.js';
import { PasswordResetJobPayload } from './request-password-reset.js';

/**
 * The reset job: when the username belongs to a login with an email and an active client, emails a
 * one-hour single-use link in the client's language; otherwise does nothing (the requester was told the same either way).
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
      const locale = await findLoginLocale(tx, { accountId, loginId: login.id });
      await sendEmail(
        { db: tx, clock },
        {
          to: [email],
          subject: translate(locale, 'portalResetSubject'),
          ...unbrandedEmail({
            body: translate(locale, 'portalResetRequestedBody', { username: login.username }),
            action: { label: translate(locale, 'portalChooseNewPassword'), url },
            footnote: translate(locale, 'portalResetFootnote'),
          }),
        },
        { accountId, idempotencyKey: `portal-reset:${jobId}`, urgent: true },
      );
    });
  };
}
