import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/open-database.js';
import {
  clientPortalAccess,
  portalLogins,
  portalSessions,
} from '../../platform/db/schema/index.js';

export type RevokeTarget = { loginId: string } | { clientId: string };

/**
 * Ends every portal session of a login (or of the login a client signs in with) at once: the
 * login's `sessionVersion` moves on, so access tokens already handed out stop working on their
 * next request and no refresh token can renew them.
 */
export async function revokePortalSessions(
  tx: DbExecutor,
  accountId: string,
  target: RevokeTarget,
  now: Date,
): Promise<void> {
  let loginId: string | undefined;
  if ('loginId' in target) {
    loginId = target.loginId;
  } else {
    const [access] = await tx
      .select({ loginId: clientPortalAccess.loginId })
      .from(clientPortalAccess)
      .where(
        and(
          eq(clientPortalAccess.accountId, accountId),
          eq(clientPortalAccess.clientId, target.clientId),
        ),
      );
    loginId = access?.loginId;
  }
  if (loginId === undefined) return;
  await tx
    .update(portalLogins)
    .set({ sessionVersion: sql`${portalLogins.sessionVersion} + 1`, updatedAt: now })
    .where(and(eq(portalLogins.id, loginId), eq(portalLogins.accountId, accountId)));
  await tx
    .update(portalSessions)
    .set({ revokedAt: now })
    .where(
      and(
        eq(portalSessions.loginId, loginId),
        eq(portalSessions.accountId, accountId),
        isNull(portalSessions.revokedAt),
      ),
    );
}
