import { and, desc, eq, sql } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.js';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { clients } from '../../platform/db/schema/index.js';
import { recordClientEvent } from '../clients/record-client-event.js';
import { sendClientMessage } from '../clients/send-client-message.js';

/**
 * When the texter is also a client of the account (same phone number), puts the reply in the
 * client's message thread, unread for the agent, and notes any paused plan in their activity. The
 * agent's own client is preferred when several share the number.
 */
export async function recordReplyForClient(
  deps: { db: DbExecutor; clock: Clock },
  input: { accountId: string; agentId: string; phone: string; body: string; pausedPlans: string[] },
): Promise<string | undefined> {
  const [client] = await deps.db
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.accountId, input.accountId), eq(clients.phone, input.phone)))
    .orderBy(
      desc(sql`${clients.assignedAgentId} = ${input.agentId}`),
      desc(clients.createdAt),
      desc(clients.id),
    )
    .limit(1);
  if (!client) return undefined;
  await sendClientMessage(deps, {
    accountId: input.accountId,
    clientId: client.id,
    from: 'client',
    body: input.body,
    summary: 'Text message from the client',
  });
  for (const plan of input.pausedPlans) {
    await recordClientEvent(deps, {
      accountId: input.accountId,
      clientId: client.id,
      category: 'activity',
      kind: 'plan_paused',
      summary: `Plan “${plan}” paused: the client replied by text`,
      source: 'signport',
    });
  }
  return client.id;
}
