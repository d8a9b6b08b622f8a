import { asc, eq } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { accountOrigins, accounts } from '../../platform/db/schema/index.js';
import { accountNotFound } from './account-errors.js';

/** The origins allowed to embed for one account; refuses an unknown account. */
export async function listAccountOrigins(db: DbExecutor, accountId: string): Promise<string[]> {
  const [account] = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  if (!account) throw accountNotFound(accountId);
  const rows = await db
    .select({ origin: accountOrigins.origin })
    .from(accountOrigins)
    .where(eq(accountOrigins.accountId, accountId))
    .orderBy(asc(accountOrigins.origin));
  return rows.map((row) => row.origin);
}
