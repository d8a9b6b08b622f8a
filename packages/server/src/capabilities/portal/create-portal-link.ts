import { randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { PORTAL_SIGN_IN_LINK_LIFETIME_MS, PORTAL_SIGN_IN_LINK_PREFIX } from '@signport/core';
import { hashSecretKey } from '../accounts/hash-secret-key.js';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { portalLinkTokens } from '../../platform/db/schema/index.js';
import { newId } from '../../platform/ids.js';

export type PortalLinkPurpose = (typeof portalLinkTokens.$inferSelect)['purpose'];

/** Activation links from the agent last 48 hours; a reset the client asks for, one hour. */
export const PORTAL_LINK_LIFETIME_MS: Record<PortalLinkPurpose, number> = {
  invite: 48 * 60 * 60 * 1000,
  reset: 60 * 60 * 1000,
  signin: PORTAL_SIGN_IN_LINK_LIFETIME_MS,
};

/**
 * Creates a single-use link token (256 random bits, stored as its SHA-256 hash) and voids earlier
 * unused links of the login, so only the newest email works: a set-password link voids every link,
 * a sign-in link only earlier sign-in links (asking one must not void a pending invitation).
 */
export async function createPortalLink(
  tx: DbExecutor,
  {
    accountId,
    loginId,
    purpose,
    now,
  }: { accountId: string; loginId: string; purpose: PortalLinkPurpose; now: Date },
): Promise<{ token: string; expiresAt: Date }> {
  await tx
    .update(portalLinkTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(portalLinkTokens.accountId, accountId),
        eq(portalLinkTokens.loginId, loginId),
        isNull(portalLinkTokens.usedAt),
        purpose === 'signin' ? eq(portalLinkTokens.purpose, 'signin') : undefined,
      ),
    );
  const random = randomBytes(32).toString('base64url');
  const token = purpose === 'signin' ? `${PORTAL_SIGN_IN_LINK_PREFIX}${random}` : random;
  const expiresAt = new Date(now.getTime() + PORTAL_LINK_LIFETIME_MS[purpose]);
  await tx.insert(portalLinkTokens).values({
    id: newId('pln'),
    accountId,
    loginId,
    purpose,
    tokenHash: hashSecretKey(token),
    expiresAt,
    createdAt: now,
  });
  return { token, expiresAt };
}
