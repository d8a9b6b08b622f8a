import { sql } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { agentUsage } from '../../platform/db/schema/index.js';

/** Counts one email or SMS against the agent's credits for `month`. */
export async function chargeCredit(
  db: DbExecutor,
  {
    accountId,
    agentId,
    month,
    channel,
  }: {
    accountId: string;
    agentId: string;
    month: string;
    channel: 'email' | 'sms';
  },
): Promise<void> {
  const column = channel === 'email' ? agentUsage.emailsSent : agentUsage.smsSent;
  await db
    .insert(agentUsage)
    .values({
      userId: agentId,
      month,
      accountId,
      emailsSent: channel === 'email' ? 1 : 0,
      smsSent: channel === 'sms' ? 1 : 0,
    })
    .onConflictDoUpdate({
      target: [agentUsage.userId, agentUsage.month],
      set: { [channel === 'email' ? 'emailsSent' : 'smsSent']: sql`${column} + 1` },
    });
}
