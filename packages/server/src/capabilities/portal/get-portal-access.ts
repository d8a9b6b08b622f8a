import { and, eq } from 'drizzle-orm';
import type { PortalAccessSettings } from '@signport/core';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { clientPortalAccess, portalLogins } from '../../platform/db/schema/index.js';
import { ApiError } from '../../platform/errors/api-error.js';

/** A client's portal access settings and where its login stands; 404 before setup. */
export async function getPortalAccess(
  db: DbExecutor,
  { accountId, clientId }: { accountId: string; clientId: string },
): Promise<PortalAccessSettings> {
  const [row] = await db
    .select({ access: clientPortalAccess, login: portalLogins })
    .from(clientPortalAccess)
    .innerJoin(portalLogins, eq(portalLogins.id, clientPortalAccess.loginId))
    .where(
      and(eq(clientPortalAccess.clientId, clientId), eq(clientPortalAccess.accountId, accountId)),
    );
  if (!row) {
    throw new ApiError('not_found', 'This client has no portal access yet. Set it up with PUT.');
  }
  const { access, login } = row;
  return {
    clientId: access.clientId,
    loginProfileId: login.id,
    username: login.username,
    grants: access.grants,
    buyerNameDisplay: access.buyerNameDisplay,
    state: login.activatedAt ? 'active' : login.invitedAt ? 'invited' : 'not_invited',
    invitedAt: login.invitedAt?.toISOString() ?? null,
    activatedAt: login.activatedAt?.toISOString() ?? null,
  };
}
