import { and, eq } from 'drizzle-orm';
import type { Database } from '../../platform/db/open-database.js';
import { accountOrigins } from '../../platform/db/schema/index.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { listAccountOrigins } from './list-account-origins.js';
import { normalizeOrigin } from './normalize-origin.js';

/** Stops an origin from embedding for an account; refuses an origin the account does not have. */
export async function removeAccountOrigin(
  db: Database,
  accountId: string,
  origin: string,
): Promise<string[]> {
  const normalized = normalizeOrigin(origin);
  return db.transaction(async (tx) => {
    await listAccountOrigins(tx, accountId);
    const removed = await tx
      .delete(accountOrigins)
      .where(and(eq(accountOrigins.accountId, accountId), eq(accountOrigins.origin, normalized)))
      .returning({ origin: accountOrigins.origin });
    if (removed.length === 0) {
      throw new ApiError('not_found', `Account ${accountId} does not allow ${normalized}.`, {
        field: 'origin',
      });
    }
    return listAccountOrigins(tx, accountId);
  });
}
