import { and, eq } from 'drizzle-orm';
import type { AgentUsage } from '@signport/core';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { agentSubscriptions, agentUsage } from '../../platform/db/schema/index.js';

export interface AgentCredits {
  usage: AgentUsage;
  /** The agent's SMS number; null without an SMS subscription. */
  smsNumber: string | null;
  smsSent: number;
  smsMonthlyCredits: number;
}

/** An agent's subscription and what they used in `month`, in the shape the plan rules take. */
export async function readAgentUsage(
  db: DbExecutor,
  accountId: string,
  agentId: string,
  month: string,
): Promise<AgentCredits> {
  const [subscription] = await db
    .select()
    .from(agentSubscriptions)
    .where(
      and(eq(agentSubscriptions.userId, agentId), eq(agentSubscriptions.accountId, accountId)),
    );
  const [used] = await db
    .select()
    .from(agentUsage)
    .where(
      and(
        eq(agentUsage.userId, agentId),
        eq(agentUsage.month, month),
        eq(agentUsage.accountId, accountId),
      ),
    );
  const smsNumber = subscription?.smsNumber ?? null;
  const smsMonthlyCredits = subscription?.smsMonthlyCredits ?? 0;
  const smsSent = used?.smsSent ?? 0;
  return {
    usage: {
      emailsSentThisMonth: used?.emailsSent ?? 0,
      emailMonthlyLimit: subscription?.emailMonthlyLimit ?? undefined,
      smsSubscribed: smsNumber !== null,
      smsCreditsRemaining: Math.max(0, smsMonthlyCredits - smsSent),
    },
    smsNumber,
    smsSent,
    smsMonthlyCredits,
  };
}
