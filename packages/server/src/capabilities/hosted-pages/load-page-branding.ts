import { and, eq } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { signingSessions, users } from '../../platform/db/schema/index.js';
import { getAccountSettings } from '../accounts/get-account-settings.js';

/** What a hosted page shows of who sent it: the brokerage's name, the sender's logo and colour. */
export interface PageBranding {
  name: string;
  logoUrl?: string;
  color?: string;
}

/**
 * The branding of a hosted page: the account's name with the logo and colour of the sender (the
 * session's sender for a signing link, the template's owner for a public form).
 */
export async function loadPageBranding(
  db: DbExecutor,
  accountId: string,
  sender: { userId: string } | { sessionId: string },
): Promise<PageBranding> {
  const { name } = await getAccountSettings(db, accountId);
  const [row] =
    'userId' in sender
      ? await db
          .select({ branding: users.branding })
          .from(users)
          .where(and(eq(users.accountId, accountId), eq(users.id, sender.userId)))
      : await db
          .select({ branding: users.branding })
          .from(signingSessions)
          .innerJoin(
            users,
            and(eq(users.id, signingSessions.senderId), eq(users.accountId, accountId)),
          )
          .where(
            and(eq(signingSessions.accountId, accountId), eq(signingSessions.id, sender.sessionId)),
          );
  const { logoUrl, color } = row?.branding ?? {};
  return { name, ...(logoUrl && { logoUrl }), ...(color && { color }) };
}
