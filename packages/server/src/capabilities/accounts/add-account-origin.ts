import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { accountOrigins } from '../../platform/db/schema/index.js';
import { listAccountOrigins } from './list-account-origins.js';
import { normalizeOrigin } from './normalize-origin.js';

/** Allows one more origin to embed for an account; adding a present origin changes nothing. */
export async function addAccountOrigin(
  db: Database,
  accountId: string,
  origin: string,
  clock: Clock,
): Promise<string[]> {
  const normalized = normalizeOrigin(origin);
  return db.transaction(async (tx) => {
    await listAccountOrigins(tx, accountId);
    await tx
      .insert(accountOrigins)
      .values({ accountId, origin: normalized, createdAt: clock() })
      .onConflictDoNothing();
    return listAccountOrigins(tx, accountId);
  });
}
