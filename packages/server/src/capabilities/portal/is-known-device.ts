import { and, eq, gt, isNull } from 'drizzle-orm';
import { hashSecretKey } from '../accounts/hash-secret-key.js';
import type { Database } from '../../platform/db/open-database.js';
import {
  portalLogins,
  portalRefreshTokens,
  portalSessions,
} from '../../platform/db/schema/index.js';

/**
 * Whether a refresh token (the cookie of a device that signed in before) belongs to a live session
 * of this login: such a device is not held back by the username's failure counters. Read only: the
 * token is neither rotated nor spent.
 */
export async function isKnownDevice(
  db: Database,
  { loginId, refreshToken, now }: { loginId: string; refreshToken: string; now: Date },
): Promise<boolean> {
  const [live] = await db
    .select({ id: portalSessions.id })
    .from(portalRefreshTokens)
    .innerJoin(portalSessions, eq(portalSessions.id, portalRefreshTokens.sessionId))
    .innerJoin(portalLogins, eq(portalLogins.id, portalSessions.loginId))
    .where(
      and(
        eq(portalRefreshTokens.tokenHash, hashSecretKey(refreshToken)),
        isNull(portalRefreshTokens.rotatedAt),
        eq(portalSessions.loginId, loginId),
        isNull(portalSessions.revokedAt),
        gt(portalSessions.expiresAt, now),
        eq(portalSessions.loginVersion, portalLogins.sessionVersion),
      ),
    );
  return live !== undefined;
}
