import { and, eq } from 'drizzle-orm';
import type { Database } from '../../platform/db/open-database.js';
import { portalLogins } from '../../platform/db/schema/index.js';
import { loadPortalClients } from './load-portal-clients.js';

/**
 * The login a link asked by username goes to: one with an email address that serves an active
 * client. Undefined otherwise, and the job then sends nothing.
 */
export async function findLinkRecipient(
  db: Database,
  { accountId, username }: { accountId: string; username: string },
) {
  const [login] = await db
    .select()
    .from(portalLogins)
    .where(and(eq(portalLogins.accountId, accountId), eq(portalLogins.username, username)));
  if (!login?.email) return undefined;
  if ((await loadPortalClients(db, { accountId, loginId: login.id })).length === 0)
    return undefined;
  return { ...login, email: login.email };
}
