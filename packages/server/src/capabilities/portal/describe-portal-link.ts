import { eq } from 'drizzle-orm';
import { hashSecretKey } from '../accounts/hash-secret-key.js';
import type { Database } from '../../platform/db/open-database.js';
import { portalLinkTokens, portalLogins } from '../../platform/db/schema/index.js';

export type PortalLinkState =
  | {
      state: 'usable';
      username: string;
      accountId: string;
      loginId: string;
      purpose: 'invite' | 'reset';
      expiresAt: Date;
    }
  | { state: 'expired' | 'used' | 'unknown'; accountId?: string; loginId?: string };

/** Whether a set-password link can still be used, and for which username; changes nothing. */
export async function describePortalLink(
  db: Database,
  token: string,
  now: Date,
): Promise<PortalLinkState> {
  const [row] = await db
    .select({ link: portalLinkTokens, username: portalLogins.username })
    .from(portalLinkTokens)
    .innerJoin(portalLogins, eq(portalLogins.id, portalLinkTokens.loginId))
    .where(eq(portalLinkTokens.tokenHash, hashSecretKey(token)));
  if (!row || row.link.purpose === 'signin') return { state: 'unknown' };
  const { accountId, loginId, purpose, usedAt, expiresAt } = row.link;
  if (usedAt !== null) return { state: 'used', accountId, loginId };
  if (expiresAt <= now) return { state: 'expired', accountId, loginId };
  return { state: 'usable', username: row.username, accountId, loginId, purpose, expiresAt };
}
