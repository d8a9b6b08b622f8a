import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Locale } from '@signport/core';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { clientPortalAccess, clients } from '../../platform/db/schema/index.js';

/**
 * The clients of a login the agent gave no language keep the one their browser asks for at their
 * first portal use; a language already stored (the agent's or an earlier browser's) stays.
 */
export async function rememberClientLocale(
  db: DbExecutor,
  { accountId, loginId }: { accountId: string; loginId: string },
  locale: Locale,
): Promise<void> {
  const ofLogin = db
    .select({ clientId: clientPortalAccess.clientId })
    .from(clientPortalAccess)
    .where(
      and(eq(clientPortalAccess.accountId, accountId), eq(clientPortalAccess.loginId, loginId)),
    );
  await db
    .update(clients)
    .set({ locale })
    .where(
      and(eq(clients.accountId, accountId), inArray(clients.id, ofLogin), isNull(clients.locale)),
    );
}
