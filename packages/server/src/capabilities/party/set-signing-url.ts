import type { Clock } from '../../platform/clock.js';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { accountSigningSettings } from '../../platform/db/schema/index.js';

/**
 * Sets (or with null clears) the page emailed signing links open: the host's URL with `{token}`
 * where the party token goes.
 */
export async function setSigningUrl(
  deps: { db: DbExecutor; clock: Clock },
  accountId: string,
  signingUrl: string | null,
): Promise<void> {
  const updatedAt = deps.clock();
  await deps.db
    .insert(accountSigningSettings)
    .values({ accountId, signingUrl, updatedAt })
    .onConflictDoUpdate({
      target: accountSigningSettings.accountId,
      set: { signingUrl, updatedAt },
    });
}
