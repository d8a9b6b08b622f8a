import type { Clock } from '../../platform/clock.js';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { accountPortalSettings } from '../../platform/db/schema/index.js';

/**
 * Sets (or with null clears) the page emailed set-password links open: the host's URL with
 * `{token}` where the link's token goes.
 */
export async function setPortalUrl(
  deps: { db: DbExecutor; clock: Clock },
  accountId: string,
  portalUrl: string | null,
): Promise<void> {
  const updatedAt = deps.clock();
  await deps.db
    .insert(accountPortalSettings)
    .values({ accountId, portalUrl, updatedAt })
    .onConflictDoUpdate({
      target: accountPortalSettings.accountId,
      set: { portalUrl, updatedAt },
    });
}
