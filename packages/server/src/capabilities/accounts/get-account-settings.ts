import { eq, sql } from 'drizzle-orm';
import type { AccountSettings } from '@signport/core';
import type { DbExecutor } from '../../platform/db/open-database.js';
import {
  accountPortalSettings,
  accountSigningSettings,
  accounts,
} from '../../platform/db/schema/index.js';
import { preparedQuery } from '../../platform/db/prepared-query.js';
import { ApiError } from '../../platform/errors/api-error.js';

const settingsRow = preparedQuery((db: DbExecutor) =>
  db
    .select({
      id: accounts.id,
      name: accounts.name,
      signingUrl: accountSigningSettings.signingUrl,
      portalUrl: accountPortalSettings.portalUrl,
    })
    .from(accounts)
    .leftJoin(accountSigningSettings, eq(accountSigningSettings.accountId, accounts.id))
    .leftJoin(accountPortalSettings, eq(accountPortalSettings.accountId, accounts.id))
    .where(eq(accounts.id, sql.placeholder('accountId')))
    .prepare(),
);

/** The account's name and the host pages its emailed links open (null: the hosted pages). */
export async function getAccountSettings(
  db: DbExecutor,
  accountId: string,
): Promise<AccountSettings> {
  const [row] = await settingsRow(db).all({ accountId });
  if (!row) throw new ApiError('not_found', `No account ${accountId}.`, { field: 'account' });
  return { ...row, signingUrl: row.signingUrl ?? null, portalUrl: row.portalUrl ?? null };
}
