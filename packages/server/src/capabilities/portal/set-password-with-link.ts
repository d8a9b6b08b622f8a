import { and, eq } from 'drizzle-orm';
import { hashSecretKey } from '../accounts/hash-secret-key.js';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { portalLinkTokens, portalLogins } from '../../platform/db/schema/index.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { sendEmail } from '../../platform/mail/send-email.js';
import { translate } from '../languages/translate.js';
import { unlockUsername } from './clear-login-failures.js';
import { consumePortalLink } from './consume-portal-link.js';
import { findLoginLocale } from './find-login-locale.js';
import { assertPasswordNotCommon } from './common-passwords.js';
import { hashPortalPassword, normalizePortalPassword } from './portal-password.js';
import { revokePortalSessions } from './revoke-portal-sessions.js';
import { unusableLinkError } from './unusable-link-error.js';
import { emitEvent } from '../webhooks/emit-event.js';

/** The login whose password was set, ready to start a session at its new version. */
export interface LoginWithNewPassword {
  accountId: string;
  loginId: string;
  loginVersion: number;
}

/**
 * Uses a single-use link (activation or reset) to set the login's password (refusing common and
 * breached ones), ends every session of the login, clears its failed sign-ins, and emails the client
 * (in their language) when an existing password was replaced.
 *
 * `authorizeAccount` runs once the link's account is known, before anything changes (origin check).
 */
export async function setPasswordWithLink(
  deps: { db: Database; clock: Clock },
  { token, password }: { token: string; password: string },
  authorizeAccount: (accountId: string) => Promise<void>,
): Promise<LoginWithNewPassword> {
  const tokenHash = hashSecretKey(token);
  const [link] = await deps.db
    .select()
    .from(portalLinkTokens)
    .where(eq(portalLinkTokens.tokenHash, tokenHash));
  // A sign-in link lets its reader in, never choose a password.
  if (!link || link.usedAt !== null || link.purpose === 'signin') throw unusableLinkError('used');
  await authorizeAccount(link.accountId);
  if (link.expiresAt <= deps.clock()) throw unusableLinkError('expired');
  assertPasswordNotCommon(normalizePortalPassword(password));
  const passwordHash = await hashPortalPassword(password);

  const now = deps.clock();
  const login = await deps.db.transaction(async (tx) => {
    if (!(await consumePortalLink(tx, link.id, now))) return undefined;
    const ofLink = and(
      eq(portalLogins.id, link.loginId),
      eq(portalLogins.accountId, link.accountId),
    );
    const [before] = await tx.select().from(portalLogins).where(ofLink);
    if (!before) return undefined;
    await revokePortalSessions(tx, link.accountId, { loginId: before.id }, now);
    // Whoever reads the login's email may sign in again at once, from any device.
    await unlockUsername(tx, { accountId: link.accountId, username: before.username });
    const [updated] = await tx
      .update(portalLogins)
      .set({
        passwordHash,
        passwordChangedAt: now,
        activatedAt: before.activatedAt ?? now,
        updatedAt: now,
      })
      .where(ofLink)
      .returning();
    await emitEvent(tx, {
      accountId: link.accountId,
      type: before.activatedAt ? 'portal.password_reset' : 'portal.activated',
      at: now,
      data: { loginProfileId: before.id },
    });
    if (updated?.email && before.passwordHash) {
      const locale = await findLoginLocale(tx, { accountId: link.accountId, loginId: before.id });
      await sendEmail(
        { db: tx, clock: deps.clock },
        {
          to: [updated.email],
          subject: translate(locale, 'portalPasswordChangedSubject'),
          text: [
            translate(locale, 'portalPasswordChangedBody', { username: updated.username }),
            translate(locale, 'portalPasswordChangedWarning'),
          ].join('\n\n'),
        },
        { accountId: link.accountId, idempotencyKey: `portal-password-changed:${link.id}` },
      );
    }
    return updated;
  });
  if (!login) {
    throw new ApiError('unauthorized', 'This link has already been used. Ask for a new link.', {
      field: 'token',
    });
  }
  return { accountId: link.accountId, loginId: login.id, loginVersion: login.sessionVersion };
}
