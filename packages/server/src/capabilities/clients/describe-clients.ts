import { and, count, eq, inArray, isNull } from 'drizzle-orm';
import type { Client } from '@signport/core';
import type { DbExecutor } from '../../platform/db/open-database.js';
import {
  clientMessages,
  clientPortalAccess,
  clientProperties,
} from '../../platform/db/schema/index.js';
import { loadUserRefs } from '../users/load-user-refs.js';
import type { ClientRow } from './find-client-for-caller.js';

/** The API's view of client rows: with their agent, properties, portal access and unread messages. */
export async function describeClients(
  db: DbExecutor,
  accountId: string,
  rows: ClientRow[],
): Promise<Client[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [agents, links, access, unread] = await Promise.all([
    loadUserRefs(
      db,
      accountId,
      rows.flatMap((row) => (row.assignedAgentId ? [row.assignedAgentId] : [])),
    ),
    db
      .select({ clientId: clientProperties.clientId, propertyId: clientProperties.propertyId })
      .from(clientProperties)
      .where(
        and(eq(clientProperties.accountId, accountId), inArray(clientProperties.clientId, ids)),
      ),
    db
      .select({ clientId: clientPortalAccess.clientId })
      .from(clientPortalAccess)
      .where(
        and(eq(clientPortalAccess.accountId, accountId), inArray(clientPortalAccess.clientId, ids)),
      ),
    db
      .select({ clientId: clientMessages.clientId, unread: count() })
      .from(clientMessages)
      .where(
        and(
          eq(clientMessages.accountId, accountId),
          inArray(clientMessages.clientId, ids),
          eq(clientMessages.from, 'client'),
          isNull(clientMessages.readAt),
        ),
      )
      .groupBy(clientMessages.clientId),
  ]);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    type: row.type,
    status: row.status,
    assignedAgent: row.assignedAgentId ? (agents.get(row.assignedAgentId) ?? null) : null,
    propertyIds: links
      .filter((link) => link.clientId === row.id)
      .map((link) => link.propertyId)
      .sort(),
    locale: row.locale,
    hasPortalAccess: access.some((entry) => entry.clientId === row.id),
    unreadMessages: unread.find((entry) => entry.clientId === row.id)?.unread ?? 0,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }));
}
