import type { PortalMessageList } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { listClientMessages } from '../clients/list-client-messages.js';
import { markClientMessagesRead } from '../clients/mark-client-messages-read.js';
import { clientsGranting } from './clients-granting.js';
import type { PortalViewerContext } from './portal-auth.js';

/** Messages with the agent, newest first; opening them marks the agent's messages read. */
export async function listPortalMessages(
  deps: { db: Database; clock: Clock },
  viewer: PortalViewerContext,
  { cursor, limit }: { cursor?: string | undefined; limit: number },
): Promise<PortalMessageList> {
  const clientIds = clientsGranting(viewer.clients, 'messages').map((client) => client.clientId);
  const page = await listClientMessages(deps.db, {
    accountId: viewer.accountId,
    clientIds,
    cursor,
    limit,
  });
  await markClientMessagesRead(deps.db, {
    accountId: viewer.accountId,
    clientIds,
    from: 'agent',
    now: deps.clock(),
  });
  return page;
}
