import type { PortalMessage } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { sendClientMessage } from '../clients/send-client-message.js';
import { clientsGranting } from './clients-granting.js';
import type { PortalViewerContext } from './portal-auth.js';

/** A message from the client to their agent (of the first client that grants messages). */
export async function sendPortalMessage(
  deps: { db: Database; clock: Clock },
  viewer: PortalViewerContext,
  body: string,
): Promise<PortalMessage> {
  const [client] = clientsGranting(viewer.clients, 'messages');
  if (!client) throw new Error('clientsGranting never returns an empty list.');
  return sendClientMessage(deps, {
    accountId: viewer.accountId,
    clientId: client.clientId,
    from: 'client',
    body,
  });
}
