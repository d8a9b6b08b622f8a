import type { Locale } from '@signport/core';
import { and, eq } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { sessionParties } from '../../platform/db/schema/index.js';

/** The language stored for a party: the sender's choice or their browser's; null when unknown. */
export async function findPartyLocale(
  db: DbExecutor,
  { accountId, partyId }: { accountId: string; partyId: string },
): Promise<Locale | null> {
  const [party] = await db
    .select({ locale: sessionParties.locale })
    .from(sessionParties)
    .where(and(eq(sessionParties.id, partyId), eq(sessionParties.accountId, accountId)));
  return party?.locale ?? null;
}
