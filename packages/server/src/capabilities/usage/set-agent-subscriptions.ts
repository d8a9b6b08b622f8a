import { and, eq } from 'drizzle-orm';
import { EMAIL_CREDITS_PER_MONTH } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { agentSubscriptions, users } from '../../platform/db/schema/index.js';
import { toUserRef } from '../users/to-user-ref.js';
import { ApiError } from '../../platform/errors/api-error.js';
import type { AgentSubscriptions, AgentSubscriptionsRequest } from './usage-schemas.js';

/** Records what an agent bought: their email limit and SMS number with monthly credits. */
export async function setAgentSubscriptions(
  deps: { db: Database; clock: Clock },
  {
    accountId,
    externalId,
    input,
  }: { accountId: string; externalId: string; input: AgentSubscriptionsRequest },
): Promise<AgentSubscriptions> {
  const [agent] = await deps.db
    .select()
    .from(users)
    .where(and(eq(users.accountId, accountId), eq(users.externalId, externalId)));
  if (!agent)
    throw new ApiError('not_found', 'No user with this external id.', { field: 'externalId' });
  const values = {
    emailMonthlyLimit: input.emailMonthlyLimit,
    smsNumber: input.sms?.number ?? null,
    smsMonthlyCredits: input.sms?.monthlyCredits ?? 0,
    updatedAt: deps.clock(),
  };
  await deps.db
    .insert(agentSubscriptions)
    .values({ userId: agent.id, accountId, ...values })
    .onConflictDoUpdate({ target: agentSubscriptions.userId, set: values });
  return {
    agent: toUserRef(agent),
    emailMonthlyLimit: input.emailMonthlyLimit ?? EMAIL_CREDITS_PER_MONTH,
    sms: input.sms,
  };
}
