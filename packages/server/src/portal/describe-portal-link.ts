import { eq } from 'drizzle-orm';
import { hashSecretKey } from '../accounts/hash-secret-key.js';
import type { Database } from '../db/open-database.js';
import { portalLinkTokens, portalLogins } from '../db/schema/index.js';

export type PortalLinkState =
  { state: 'usable'; username: string } | { state: 'expired' | 'used' | 'unknown' };

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
  if (row.link.usedAt !== null) return { state: 'used' };
  if (row.link.expiresAt <= now) return { state: 'expired' };
  return { state: 'usable', username: row.username };
}
