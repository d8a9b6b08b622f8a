import { and, asc, eq } from 'drizzle-orm';
import type {
  BuyerNameDisplay,
  ClientType,
  Locale,
  PortalSection,
  PortalViewer,
} from '@signport/core';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { clientPortalAccess, clients } from '../../platform/db/schema/index.js';

/** One client record a login serves, with what it grants. */
export interface PortalClient extends PortalViewer {
  clientId: string;
  name: string;
  type: ClientType;
  assignedAgentId: string | null;
  grants: PortalSection[];
  buyerNameDisplay: BuyerNameDisplay;
  /** Null until the agent sets it or the client's browser tells it. */
  locale: Locale | null;
}

/**
 * The active client records a portal login serves, the first linked first. Inactive clients are
 * left out: their data disappears from the portal the moment they are set inactive.
 */
export async function loadPortalClients(
  db: DbExecutor,
  { accountId, loginId }: { accountId: string; loginId: string },
): Promise<PortalClient[]> {
  const rows = await db
    .select({
      clientId: clients.id,
      name: clients.name,
      type: clients.type,
      status: clients.status,
      assignedAgentId: clients.assignedAgentId,
      grants: clientPortalAccess.grants,
      buyerNameDisplay: clientPortalAccess.buyerNameDisplay,
      locale: clients.locale,
    })
    .from(clientPortalAccess)
    .innerJoin(clients, eq(clients.id, clientPortalAccess.clientId))
    .where(
      and(
        eq(clientPortalAccess.accountId, accountId),
        eq(clientPortalAccess.loginId, loginId),
        eq(clients.accountId, accountId),
        eq(clients.status, 'active'),
      ),
    )
    .orderBy(asc(clientPortalAccess.createdAt), asc(clients.id));
  return rows;
}
