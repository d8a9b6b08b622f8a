import { and, eq, isNull } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { accounts, apiKeys } from '../../platform/db/schema/index.js';
import { newId } from '../../platform/ids.js';
import { accountNotFound } from './account-errors.js';
import { generateSecretKey } from './generate-secret-key.js';

/** Revokes every live key of an account and issues a new one, shown only in the return value. */
export async function rotateSecretKey(
  db: Database,
  accountId: string,
  clock: Clock,
): Promise<{ accountId: string; secretKey: string }> {
  const key = generateSecretKey();
  const now = clock();
  await db.transaction(async (tx) => {
    const [account] = await tx
      .select({ id: accounts.id })
      .from(accounts)
      .where(eq(accounts.id, accountId));
    if (!account) throw accountNotFound(accountId);
    await tx
      .update(apiKeys)
      .set({ revokedAt: now })
      .where(and(eq(apiKeys.accountId, accountId), isNull(apiKeys.revokedAt)));
    await tx.insert(apiKeys).values({
      id: newId('key'),
      accountId,
      keyHash: key.keyHash,
      displayPrefix: key.displayPrefix,
      createdAt: now,
    });
  });
  return { accountId, secretKey: key.secretKey };
}
