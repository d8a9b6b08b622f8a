import { randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { hashSecretKey } from '../accounts/hash-secret-key.js';
import type { DbExecutor } from '../db/open-database.js';
import { portalLinkTokens } from '../db/schema/index.js';
import { newId } from '../ids.js';

export type PortalLinkPurpose = (typeof portalLinkTokens.$inferSelect)['purpose'];

/** Activation links from the agent last 48 hours; a reset the client asks for, one hour. */
export const PORTAL_LINK_LIFETIME_MS: Record<PortalLinkPurpose, number> = {
  invite: 48 * 60 * 60 * 1000,
  reset: 60 * 60 * 1000,
};

/**
 * Creates a single-use set-password link token (256 random bits, stored as its SHA-256 hash) and
 * voids every earlier unused link of the login, so only the newest email works.
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
      ),
    );
  const token = randomBytes(32).toString('base64url');
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
