import { and, eq } from 'drizzle-orm';
import type { Database } from '../../platform/db/open-database.js';
import { plans } from '../../platform/db/schema/index.js';
import type { Caller } from '../accounts/caller.js';
import { planAccess } from './plan-access.js';

/**
 * Deletes a plan and its enrolments; steps already queued find no enrolment and do nothing. The
 * contacts' timelines keep what the plan did.
 */
export async function deletePlan(db: Database, caller: Caller, planId: string): Promise<void> {
  const { plan } = await planAccess(db, caller, planId);
  await db.delete(plans).where(and(eq(plans.id, plan.id), eq(plans.accountId, caller.accountId)));
}
