import { eq } from 'drizzle-orm';
import type { AccountSettings } from '@signport/core';
import type { Clock } from '../clock.js';
import type { Database } from '../db/open-database.js';
import { accountSigningSettings, accounts } from '../db/schema/index.js';
import { ApiError } from '../errors/api-error.js';

/**
 * Sets (or with null clears) the page emailed signing links open: the host's URL with `{token}`
 * where the party token goes.
 */
export async function setSigningUrl(
  deps: { db: Database; clock: Clock },
  accountId: string,
  signingUrl: string | null,
): Promise<Omit<AccountSettings, 'portalUrl'>> {
  const [account] = await deps.db
    .select({ id: accounts.id, name: accounts.name })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  if (!account) throw new ApiError(404, 'not_found', `No account ${accountId}.`, 'account');
  const updatedAt = deps.clock();
  await deps.db
    .insert(accountSigningSettings)
    .values({ accountId, signingUrl, updatedAt })
    .onConflictDoUpdate({
      target: accountSigningSettings.accountId,
      set: { signingUrl, updatedAt },
    });
  return { ...account, signingUrl };
}
