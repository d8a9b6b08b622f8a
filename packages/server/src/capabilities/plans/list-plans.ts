import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import type { PlanList } from '@signport/core';
import type { Database } from '../../platform/db/open-database.js';
import { plans, teamMembers } from '../../platform/db/schema/index.js';
import type { Caller } from '../accounts/caller.js';
import { toPlanResponse } from './to-plan-response.js';

/** The plans of the caller's teams (of every team for the host's backend), a page at a time. */
export async function listPlans(
  db: Database,
  caller: Caller,
  query: { teamId?: string | undefined; cursor?: string | undefined; limit: number },
): Promise<PlanList> {
  const { accountId, userId } = caller;
  const myTeams = userId
    ? db
        .select({ teamId: teamMembers.teamId })
        .from(teamMembers)
        .where(and(eq(teamMembers.accountId, accountId), eq(teamMembers.userId, userId)))
    : undefined;
  const rows = await db
    .select()
    .from(plans)
    .where(
      and(
        eq(plans.accountId, accountId),
        myTeams ? inArray(plans.teamId, myTeams) : undefined,
        query.teamId ? eq(plans.teamId, query.teamId) : undefined,
        query.cursor ? gt(plans.id, query.cursor) : undefined,
      ),
    )
    .orderBy(asc(plans.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  return {
    items: page.map(toPlanResponse),
    nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
  };
}
