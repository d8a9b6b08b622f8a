import { and, eq, inArray } from 'drizzle-orm';
import { EMAIL_CREDITS_PER_MONTH, emailCreditsRemaining, type UsageReport } from '@signport/core';
import type { Database } from '../../platform/db/open-database.js';
import {
  agentSubscriptions,
  agentUsage,
  teamMembers,
  users,
} from '../../platform/db/schema/index.js';
import { toUserRef } from '../users/to-user-ref.js';
import type { Caller } from '../accounts/caller.js';

/**
 * Credits used and left in `month` per agent: for the host's backend every team member and every
 * agent who used credits; for a user themselves and the members of their teams.
 */
export async function getUsageReport(
  db: Database,
  caller: Caller,
  month: string,
): Promise<UsageReport> {
  const { accountId, userId } = caller;
  const agentIds = new Set<string>(userId ? [userId] : []);
  const myTeams = userId
    ? db
        .select({ teamId: teamMembers.teamId })
        .from(teamMembers)
        .where(and(eq(teamMembers.accountId, accountId), eq(teamMembers.userId, userId)))
    : undefined;
  const members = await db
    .select({ userId: teamMembers.userId })
    .from(teamMembers)
    .where(
      and(
        eq(teamMembers.accountId, accountId),
        myTeams ? inArray(teamMembers.teamId, myTeams) : undefined,
      ),
    );
  members.forEach((member) => agentIds.add(member.userId));
  if (!userId) {
    const spenders = await db
      .select({ userId: agentUsage.userId })
      .from(agentUsage)
      .where(and(eq(agentUsage.accountId, accountId), eq(agentUsage.month, month)));
    spenders.forEach((spender) => agentIds.add(spender.userId));
  }
  if (agentIds.size === 0) return { month, agents: [] };

  const ids = [...agentIds];
  const rows = await db
    .select({ user: users, subscription: agentSubscriptions, usage: agentUsage })
    .from(users)
    .leftJoin(agentSubscriptions, eq(agentSubscriptions.userId, users.id))
    .leftJoin(agentUsage, and(eq(agentUsage.userId, users.id), eq(agentUsage.month, month)))
    .where(and(eq(users.accountId, accountId), inArray(users.id, ids)))
    .orderBy(users.name, users.id);
  return {
    month,
    agents: rows.map(({ user, subscription, usage }) => {
      const emailsSent = usage?.emailsSent ?? 0;
      const emailMonthlyLimit = subscription?.emailMonthlyLimit ?? EMAIL_CREDITS_PER_MONTH;
      const smsSent = usage?.smsSent ?? 0;
      return {
        agent: toUserRef(user),
        email: {
          used: emailsSent,
          limit: emailMonthlyLimit,
          remaining: emailCreditsRemaining({ emailsSentThisMonth: emailsSent, emailMonthlyLimit }),
        },
        sms: {
          subscribed: (subscription?.smsNumber ?? null) !== null,
          used: smsSent,
          remaining: Math.max(0, (subscription?.smsMonthlyCredits ?? 0) - smsSent),
        },
      };
    }),
  };
}
