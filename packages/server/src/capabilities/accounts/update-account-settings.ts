import type { AccountSettings, UpdateAccountRequest } from '@signport/core';
import type { z } from 'zod';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { setSigningUrl } from '../party/set-signing-url.js';
import { setPortalUrl } from '../portal/set-portal-url.js';
import { getAccountSettings } from './get-account-settings.js';

/**
 * Changes the settings given (a null URL goes back to the hosted page) and returns them all. An
 * unknown account is refused before anything is written.
 */
export async function updateAccountSettings(
  deps: { db: Database; clock: Clock },
  accountId: string,
  changes: z.output<typeof UpdateAccountRequest>,
): Promise<AccountSettings> {
  await getAccountSettings(deps.db, accountId);
  return deps.db.transaction(async (tx) => {
    const inTx = { ...deps, db: tx };
    if (changes.signingUrl !== undefined) await setSigningUrl(inTx, accountId, changes.signingUrl);
    if (changes.portalUrl !== undefined) await setPortalUrl(inTx, accountId, changes.portalUrl);
    return getAccountSettings(tx, accountId);
  });
}
