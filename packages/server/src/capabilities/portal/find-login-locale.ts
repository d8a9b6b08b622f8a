import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Locale } from '@signport/core';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { clientPortalAccess, clients } from '../../platform/db/schema/index.js';

/**
 * The language of a login's own emails (reset, sign-in link, password changed): that of the first
 * linked client that has one; null (English) when none does. One login usually serves one person.
 */
export async function findLoginLocale(
  db: DbExecutor,
  { accountId, loginId }: { accountId: string; loginId: string },
): Promise<Locale | null> {
  const [row] = await db
    .select({ locale: clients.locale })
    .from(clientPortalAccess)
    .innerJoin(clients, eq(clients.id, clientPortalAccess.clientId))
    .where(
      and(
        eq(clientPortalAccess.accountId, accountId),
        eq(clientPortalAccess.loginId, loginId),
        eq(clients.accountId, accountId),
        isNotNull(clients.locale),
      ),
    )
    .orderBy(asc(clientPortalAccess.createdAt), asc(clients.id))
    .limit(1);
  return row?.locale ?? null;
}
