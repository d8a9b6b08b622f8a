import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import type { JobHandler } from '../../platform/jobs/job-handler.js';
import { sendEmail } from '../../platform/mail/send-email.js';
import { translate } from '../languages/translate.js';
import { createPortalLink } from './create-portal-link.js';
import { findLoginLocale } from './find-login-locale.js';
import { findLinkRecipient } from './find-link-recipient.js';
import { ownPortalLinkUrl } from './portal-link-url.js';
import { PasswordResetJobPayload } from './request-password-reset.js';

/**
 * The sign-in link job: emails a 15-minute single-use link to the account's portal page, in the
 * client's language, when the
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
      const locale = await findLoginLocale(tx, { accountId, loginId: login.id });
      await sendEmail(
        { db: tx, clock },
        {
          to: [login.email],
          subject: translate(locale, 'portalSignInSubject'),
          text: [
            translate(locale, 'portalSignInBody', { username: login.username }),
            `${translate(locale, 'portalSignInAction')}\n${url}`,
            translate(locale, 'portalSignInIgnore'),
          ].join('\n\n'),
        },
        { accountId, idempotencyKey: `portal-sign-in-link:${jobId}` },
      );
    });
  };
}
