import { asc } from 'drizzle-orm';
import type { Database } from '../../platform/db/open-database.js';
import { accountOrigins, accounts, apiKeys } from '../../platform/db/schema/index.js';

export interface AccountSummary {
  accountId: string;
  name: string;
  origins: string[];
  keys: { prefix: string; createdAt: string; revokedAt: string | null }[];
  createdAt: string;
}

/** Every account with its origins and key prefixes (never the keys), oldest first; an operator's view. */
export async function listAccounts(db: Database): Promise<AccountSummary[]> {
  const [accountRows, originRows, keyRows] = await Promise.all([
    db.select().from(accounts).orderBy(asc(accounts.createdAt)),
    db.select().from(accountOrigins).orderBy(asc(accountOrigins.origin)),
    db.select().from(apiKeys).orderBy(asc(apiKeys.createdAt)),
  ]);
  return accountRows.map((account) => ({
    accountId: account.id,
    name: account.name,
    origins: originRows.filter((row) => row.accountId === account.id).map((row) => row.origin),
    keys: keyRows
      .filter((row) => row.accountId === account.id)
      .map((row) => ({
        prefix: row.displayPrefix,
        createdAt: row.createdAt.toISOString(),
        revokedAt: row.revokedAt?.toISOString() ?? null,
      })),
    createdAt: account.createdAt.toISOString(),
  }));
}
