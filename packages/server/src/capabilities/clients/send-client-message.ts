import type { PortalMessage } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { clientMessages } from '../../platform/db/schema/index.js';
import { newId } from '../../platform/ids.js';
import { recordClientEvent } from './record-client-event.js';
import { toPortalMessage } from './to-portal-message.js';
import { emitEvent } from '../webhooks/emit-event.js';

export interface ClientMessageInput {
  accountId: string;
  clientId: string;
  from: 'client' | 'agent';
  body: string;
  /** The communication log's line, when not the default (e.g. a text message). */
  summary?: string | undefined;
}

/**
 * Stores a message between a client and their agent and notes it in the communication log. A
 * client's message counts as unread for the agent until the agent marks it read.
 */
export async function sendClientMessage(
  deps: { db: DbExecutor; clock: Clock },
  { summary, ...input }: ClientMessageInput,
): Promise<PortalMessage> {
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(clientMessages)
      .values({ id: newId('msg'), ...input, createdAt: now, readAt: null })
      .returning();
    if (!row) throw new Error('The message insert returned no row.');
    await recordClientEvent(
      { db: tx, clock: deps.clock },
      {
        accountId: input.accountId,
        clientId: input.clientId,
        category: 'communication',
        kind: 'message',
        summary:
          summary ??
          (input.from === 'client' ? 'Message from the client' : 'Message to the client'),
        body: input.body,
        source: input.from === 'client' ? 'signport' : 'agent',
      },
    );
    if (input.from === 'client')
      await emitEvent(tx, {
        accountId: input.accountId,
        type: 'portal.message_received',
        at: now,
        data: { clientId: input.clientId, messageId: row.id },
      });
    return toPortalMessage(row);
  });
}
