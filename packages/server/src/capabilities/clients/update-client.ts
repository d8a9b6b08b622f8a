import { and, eq } from 'drizzle-orm';
import type { Client, UpdateClientRequest } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { clients } from '../../platform/db/schema/index.js';
import type { Caller } from '../accounts/caller.js';
import { revokePortalSessions } from '../portal/revoke-portal-sessions.js';
import { describeClients } from './describe-clients.js';
import { findClientForCaller } from './find-client-for-caller.js';
import { linkClientProperties } from './link-client-properties.js';
import { resolveAssignedAgent } from './resolve-assigned-agent.js';
import { emitEvent } from '../webhooks/emit-event.js';

/**
 * Changes a client. Setting it inactive ends its portal sessions in the same transaction, so an
 * open portal is signed out on its very next request.
 */
export async function updateClient(
  deps: { db: Database; clock: Clock },
  caller: Caller,
  clientId: string,
  input: UpdateClientRequest,
): Promise<Client> {
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const current = await findClientForCaller(tx, caller, clientId);
    const assignedAgentId =
      input.assignedAgentId === undefined
        ? current.assignedAgentId
        : await resolveAssignedAgent(tx, caller, input.assignedAgentId);
    const [row] = await tx
      .update(clients)
      .set({
        name: input.name ?? current.name,
        email: input.email ?? current.email,
        phone: input.phone ?? current.phone,
        type: input.type ?? current.type,
        status: input.status ?? current.status,
        assignedAgentId,
        locale: input.locale ?? current.locale,
        updatedAt: now,
      })
      .where(and(eq(clients.id, current.id), eq(clients.accountId, caller.accountId)))
      .returning();
    if (!row) throw new Error('The client update returned no row.');
    if (input.propertyIds !== undefined) {
      await linkClientProperties(tx, caller, {
        clientId: row.id,
        propertyIds: input.propertyIds,
      });
    }
    if (row.status === 'inactive' && current.status !== 'inactive') {
      await revokePortalSessions(tx, caller.accountId, { clientId: row.id }, now);
      await emitEvent(tx, {
        accountId: caller.accountId,
        type: 'client.deactivated',
        at: now,
        data: { clientId: row.id },
      });
    }
    const [client] = await describeClients(tx, caller.accountId, [row]);
    if (!client) throw new Error('The client could not be described.');
    return client;
  });
}
