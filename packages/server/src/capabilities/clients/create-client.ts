import type { z } from 'zod';
import type { Client, CreateClientRequest } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { clients } from '../../platform/db/schema/index.js';
import { newId } from '../../platform/ids.js';
import type { Caller } from '../accounts/caller.js';
import { describeClients } from './describe-clients.js';
import { linkClientProperties } from './link-client-properties.js';
import { resolveAssignedAgent } from './resolve-assigned-agent.js';

type ParsedCreateClient = z.output<typeof CreateClientRequest>;

/** Adds a client to the account, linked to its properties; an agent's own clients are theirs. */
export async function createClient(
  deps: { db: Database; clock: Clock },
  caller: Caller,
  input: ParsedCreateClient,
): Promise<Client> {
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const assignedAgentId = await resolveAssignedAgent(tx, caller, input.assignedAgentId);
    const [row] = await tx
      .insert(clients)
      .values({
        id: newId('cli'),
        accountId: caller.accountId,
        name: input.name,
        email: input.email ?? null,
        phone: input.phone ?? null,
        type: input.type,
        status: input.status,
        assignedAgentId,
        locale: input.locale ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error('The client insert returned no row.');
    await linkClientProperties(tx, caller, {
      clientId: row.id,
      propertyIds: input.propertyIds,
    });
    const [client] = await describeClients(tx, caller.accountId, [row]);
    if (!client) throw new Error('The new client could not be described.');
    return client;
  });
}
