import { and, desc, eq } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { smsMessages, teamContacts } from '../../platform/db/schema/index.js';

export type SmsConversation = Pick<
  typeof smsMessages.$inferSelect,
  'accountId' | 'agentId' | 'contactId' | 'planId'
>;

/**
 * The last text sent from `agentNumber` to `contactNumber`: an inbound text answers it, and belongs
 * to its account, agent and contact only. Undefined when we never texted that number from that one.
 */
export async function findSmsConversation(
  db: DbExecutor,
  { agentNumber, contactNumber }: { agentNumber: string; contactNumber: string },
): Promise<SmsConversation | undefined> {
  const [row] = await db
    .select({
      accountId: smsMessages.accountId,
      agentId: smsMessages.agentId,
      // Null when the contact was deleted since: the reply then belongs to the agent only.
      contactId: teamContacts.id,
      planId: smsMessages.planId,
    })
    .from(smsMessages)
    .leftJoin(
      teamContacts,
      and(
        eq(teamContacts.id, smsMessages.contactId),
        eq(teamContacts.accountId, smsMessages.accountId),
      ),
    )
    .where(and(eq(smsMessages.from, agentNumber), eq(smsMessages.to, contactNumber)))
    .orderBy(desc(smsMessages.createdAt), desc(smsMessages.id))
    .limit(1);
  return row;
}
