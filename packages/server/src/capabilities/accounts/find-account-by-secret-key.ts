import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../platform/db/open-database.js';
import { accounts, apiKeys } from '../../platform/db/schema/index.js';
import { hashSecretKey } from './hash-secret-key.js';

/** The account a live (unrevoked) secret key belongs to, or undefined. */
export async function findAccountBySecretKey(
  db: Database,
  secretKey: string,
): Promise<{ id: string } | undefined> {
  const [row] = await db
    .select({ id: accounts.id })
    .from(apiKeys)
    .innerJoin(accounts, eq(accounts.id, apiKeys.accountId))
    .where(and(eq(apiKeys.keyHash, hashSecretKey(secretKey)), isNull(apiKeys.revokedAt)));
  return row;
}
