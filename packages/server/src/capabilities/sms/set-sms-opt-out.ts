import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.js';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { teamContacts } from '../../platform/db/schema/index.js';
import { recordPlanEvent } from '../plans/record-plan-event.js';

/**
 * Opts every team contact of the account with this phone number out of texts (STOP) or back in
 * (START), and notes it on each one's timeline. A number that is already so changes nothing.
 */
export async function setSmsOptOut(
  deps: { db: DbExecutor; clock: Clock },
  input: { accountId: string; phone: string; agentId: string; optedOut: boolean; word: string },
): Promise<void> {
  const now = deps.clock();
  const changed = await deps.db
    .update(teamContacts)
    .set({ smsOptedOutAt: input.optedOut ? now : null })
    .where(
      and(
        eq(teamContacts.accountId, input.accountId),
        eq(teamContacts.phone, input.phone),
        input.optedOut ? isNull(teamContacts.smsOptedOutAt) : isNotNull(teamContacts.smsOptedOutAt),
      ),
    )
    .returning({ id: teamContacts.id });
  for (const contact of changed) {
    await recordPlanEvent(deps, {
      accountId: input.accountId,
      contactId: contact.id,
      kind: input.optedOut ? 'sms_opted_out' : 'sms_opted_in',
      agentId: input.agentId,
      note: input.optedOut
        ? `The contact texted ${input.word}: no more texts; SMS steps become tasks for the agent.`
        : `The contact texted ${input.word}: texts may be sent again.`,
    });
  }
}
