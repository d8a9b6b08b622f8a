import { and, asc, eq, inArray } from 'drizzle-orm';
import { visibleSections, portalSections, type PortalMe } from '@signport/core';
import type { Database } from '../../platform/db/open-database.js';
import { clientProperties, properties, users } from '../../platform/db/schema/index.js';
import type { PortalViewerContext } from './portal-auth.js';

/**
 * Who is signed in and what they may open: the first client the login serves, the login profile,
 * that client's agent, every property of the login's clients, and the sections any of them grants.
 */
export async function getPortalMe(db: Database, viewer: PortalViewerContext): Promise<PortalMe> {
  const [primary] = viewer.clients;
  if (!primary) throw new Error('A portal viewer always has a client.');
  const clientIds = viewer.clients.map((client) => client.clientId);
  const [agent] = primary.assignedAgentId
    ? await db
        .select({ name: users.name, email: users.email })
        .from(users)
        .where(and(eq(users.id, primary.assignedAgentId), eq(users.accountId, viewer.accountId)))
    : [];
  const owned = await db
    .selectDistinct({ id: properties.id, address: properties.address })
    .from(clientProperties)
    .innerJoin(properties, eq(properties.id, clientProperties.propertyId))
    .where(
      and(
        eq(clientProperties.accountId, viewer.accountId),
        inArray(clientProperties.clientId, clientIds),
      ),
    )
    .orderBy(asc(properties.address));
  const granted = new Set(viewer.clients.flatMap((client) => visibleSections(client)));
  return {
    client: { id: primary.clientId, name: primary.name, type: primary.type },
    profile: { id: viewer.loginId, username: viewer.username },
    properties: owned,
    agent: agent ?? null,
    sections: portalSections.filter((section) => granted.has(section)),
  };
}
