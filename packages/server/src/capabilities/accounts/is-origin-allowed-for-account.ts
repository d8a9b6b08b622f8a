import { and, eq } from 'drizzle-orm';
import type { Database } from '../../platform/db/open-database.js';
import { accountOrigins } from '../../platform/db/schema/index.js';

/** Whether this account lists the origin; read fresh so a removed origin stops working at once. */
export async function isOriginAllowedForAccount(
  db: Database,
  accountId: string,
  origin: string,
): Promise<boolean> {
  const [row] = await db
    .select({ origin: accountOrigins.origin })
    .from(accountOrigins)
    .where(and(eq(accountOrigins.accountId, accountId), eq(accountOrigins.origin, origin)))
    .limit(1);
  return row !== undefined;
}
