import { and, eq, isNull } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { teamContacts } from '../../platform/db/schema/index.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { recordPlanEvent } from './record-plan-event.js';
import { verifyUnsubscribeToken } from './unsubscribe-token.js';

const invalidLink =
  'This unsubscribe link is not valid. Check that you opened the whole link from the email.';

/** The contact an unsubscribe link names; 400 `unsubscribe_link_invalid` for a forged or stale link. */
export async function findUnsubscribeContact(
  db: Database,
  rootKey: Uint8Array,
  token: string,
): Promise<{ accountId: string; contactId: string; unsubscribed: boolean }> {
  const target = verifyUnsubscribeToken(rootKey, token);
  const [contact] = target
    ? await db
        .select({ unsubscribedAt: teamContacts.emailUnsubscribedAt })
        .from(teamContacts)
        .where(
          and(eq(teamContacts.id, target.contactId), eq(teamContacts.accountId, target.accountId)),
        )
    : [];
  if (!target || !contact) throw new ApiError('unsubscribe_link_invalid', invalidLink);
  return { ...target, unsubscribed: contact.unsubscribedAt !== null };
}

/**
 * Stops the plan emails of the contact a signed link names and notes it on their timeline; using the
 * link again changes nothing.
 */
export async function unsubscribeContact(
  deps: { db: Database; clock: Clock },
  rootKey: Uint8Array,
  token: string,
): Promise<void> {
  const { accountId, contactId } = await findUnsubscribeContact(deps.db, rootKey, token);
  await deps.db.transaction(async (tx) => {
    const [changed] = await tx
      .update(teamContacts)
      .set({ emailUnsubscribedAt: deps.clock() })
      .where(
        and(
          eq(teamContacts.id, contactId),
          eq(teamContacts.accountId, accountId),
          isNull(teamContacts.emailUnsubscribedAt),
        ),
      )
      .returning({ id: teamContacts.id });
    if (changed) {
      await recordPlanEvent(
        { db: tx, clock: deps.clock },
        {
          accountId,
          contactId,
          kind: 'email_unsubscribed',
          note: 'The contact used the unsubscribe link: plan emails are skipped from now on.',
        },
      );
    }
  });
}
