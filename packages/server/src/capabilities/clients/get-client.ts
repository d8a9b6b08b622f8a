import type { Client } from '@signport/core';
import type { Database } from '../../platform/db/open-database.js';
import type { Caller } from '../accounts/caller.js';
import { describeClients } from './describe-clients.js';
import { findClientForCaller } from './find-client-for-caller.js';

export async function getClient(db: Database, caller: Caller, clientId: string): Promise<Client> {
  const row = await findClientForCaller(db, caller, clientId);
  const [client] = await describeClients(db, caller.accountId, [row]);
  if (!client) throw new Error('The client could not be described.');
  return client;
}
